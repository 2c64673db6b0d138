import { createResource, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { href } from '../../lib/router';
import { Markdown } from '../../components/Markdown';
import type { Journal } from '../../../../core/model/journal';
import '../../styles/alternatives.css';

/** One kind of entry whose edit is kept as a draft under `<draft>:<person id>:<entry id>`. */
interface EditKind {
  draft: string;
  /** What it is called, after "a" or "an" ("check-in"). */
  kind: string;
  ids: (j: Journal) => string[];
  /** Its edit screen, which offers the words of a removed entry as a new one; none for a commitment's reword. */
  open?: (relationshipId: string, id: string) => string;
  /** The draft's fields that hold the person's own words. */
  words: string[];
}

const EDIT_KINDS: EditKind[] = [
  { draft: 'trust-check', kind: 'trust check', ids: (j) => j.checks.map((c) => c.id), open: (id, checkId) => href('/r/:id/check/:checkId', { id, checkId }), words: ['emotion', 'source', 'evidence', 'interpretation'] },
  { draft: 'own-check-in', kind: 'check-in of your own', ids: (j) => j.monitoringNotes.map((n) => n.id), open: (id, noteId) => href('/r/:id/monitoring/:noteId', { id, noteId }), words: ['note'] },
  { draft: 'meeting-note', kind: '1:1 note', ids: (j) => j.meetingNotes.map((n) => n.id), open: (id, noteId) => href('/r/:id/meeting-note/:noteId', { id, noteId }), words: ['text'] },
  { draft: 'repair-bid', kind: 'repair attempt', ids: (j) => j.repairBids.map((b) => b.id), open: (id, bidId) => href('/r/:id/repair-bid/:bidId', { id, bidId }), words: ['what', 'note'] },
  { draft: 'their-trust', kind: 'estimate of their trust', ids: (j) => j.theirTrust.map((t) => t.id), open: (id, estimateId) => href('/r/:id/their-trust/:estimateId', { id, estimateId }), words: ['evidence', 'interpretation'] },
  { draft: 'commitment', kind: 'commitment', ids: (j) => j.commitments.map((c) => c.id), words: ['text'] },
];

interface Stranded {
  key: string;
  edit: EditKind;
  id: string;
  words: string[];
}

const article = (kind: string): string => (/^[aeiou]/.test(kind) ? 'An' : 'A');

/** The changes typed and kept for entries that are no longer in the journal (removed here or on the other computer). */
async function strandedChanges(j: Journal): Promise<Stranded[]> {
  const rid = j.relationship.id;
  const found: Stranded[] = [];
  for (const edit of EDIT_KINDS) {
    const prefix = `${edit.draft}:${rid}:`;
    const { keys } = await call('drafts:keys', { prefix });
    const present = new Set(edit.ids(j));
    for (const key of keys) {
      const id = key.slice(prefix.length);
      if (present.has(id)) continue;
      const kept = await call('drafts:get', { key });
      if (!kept) continue;
      const words = edit.words.map((f) => kept.fields[f]).filter((w): w is string => typeof w === 'string' && w.trim() !== '');
      found.push({ key, edit, id, words });
    }
  }
  return found;
}

/**
 * A change typed and left unsaved (leaving, closing, a restart keep it as a draft) for an entry that was
 * then removed, past its Undo or on the other computer. No Edit link leads to it any more, so its words
 * would wait on disk unseen: they are shown here, with the way to keep them (the entry's screen saves
 * them as a new one) or to let them go.
 */
export function StrandedChanges(props: { journal: Journal }) {
  const [list, { mutate }] = createResource(() => props.journal, strandedChanges);
  const shown = () => (list.error ? [] : (list() ?? []));

  const letGo = async (item: Stranded) => {
    const ok = await confirmAction({
      title: 'Let these words go?',
      body: `The ${item.edit.kind} they were for is already removed. This forgets the change you typed for it.`,
      confirmLabel: 'Let them go',
    });
    if (!ok) return;
    try {
      await call('drafts:clear', { key: item.key });
      mutate(shown().filter((s) => s.key !== item.key));
      showNotice('Let go.');
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };

  return (
    <Show when={shown().length > 0}>
      <section class="section alternatives" aria-labelledby="stranded-title">
        <h2 id="stranded-title">Changes you had not saved</h2>
        <p class="muted">
          You started changing {shown().length === 1 ? 'an entry' : 'these entries'}, and {shown().length === 1 ? 'it was' : 'they were'} removed
          before you saved, here or on your other computer. Your words are kept until you choose.
        </p>
        <For each={shown()}>
          {(item) => (
            <article class="alt-card" aria-label={`${article(item.edit.kind)} ${item.edit.kind}, removed`}>
              <h3 class="alt-what">{article(item.edit.kind)} {item.edit.kind}, removed</h3>
              <For each={item.words}>{(w) => <figure class="alt-version"><Markdown text={w} /></figure>}</For>
              <Show when={!item.edit.open}>
                <p class="muted raced-hint">Copy anything you want to keep into a new commitment first.</p>
              </Show>
              <div class="actions start raced-actions">
                <Show when={item.edit.open}>
                  {(open) => <a class="button primary" href={open()(props.journal.relationship.id, item.id)}>Open to keep them</a>}
                </Show>
                <button type="button" class="button" onClick={() => void letGo(item)}>Let them go</button>
              </div>
            </article>
          )}
        </For>
      </section>
    </Show>
  );
}
