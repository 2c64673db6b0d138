import { createEffect, createResource, For, Show } from 'solid-js';
import { undoOffer } from '../../lib/undo';
import { onLocalChange } from '../../lib/local-changes';
import { formatDay } from '../../lib/dates';
import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { href } from '../../lib/router';
import { focusOnceBack } from '../../lib/keep-focus';
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
  /** The draft's fields that hold the person's own words, with what the form calls them. */
  words: Record<string, string>;
}

const EDIT_KINDS: EditKind[] = [
  { draft: 'trust-check', kind: 'trust check', ids: (j) => j.checks.map((c) => c.id), open: (id, checkId) => href('/r/:id/check/:checkId', { id, checkId }), words: { emotion: 'What you were feeling', source: 'Where it came from', evidence: 'Evidence', interpretation: 'What you made of it' } },
  { draft: 'own-check-in', kind: 'check-in of your own', ids: (j) => j.monitoringNotes.map((n) => n.id), open: (id, noteId) => href('/r/:id/monitoring/:noteId', { id, noteId }), words: { note: 'Anything to add' } },
  { draft: 'meeting-note', kind: '1:1 note', ids: (j) => j.meetingNotes.map((n) => n.id), open: (id, noteId) => href('/r/:id/meeting-note/:noteId', { id, noteId }), words: { text: 'What came up' } },
  { draft: 'repair-bid', kind: 'repair attempt', ids: (j) => j.repairBids.map((b) => b.id), open: (id, bidId) => href('/r/:id/repair-bid/:bidId', { id, bidId }), words: { what: 'What happened', note: 'Anything to add' } },
  { draft: 'their-trust', kind: 'estimate of their trust', ids: (j) => j.theirTrust.map((t) => t.id), open: (id, estimateId) => href('/r/:id/their-trust/:estimateId', { id, estimateId }), words: { evidence: 'What you saw or heard', interpretation: 'What you make of it' } },
  { draft: 'commitment', kind: 'commitment', ids: (j) => j.commitments.map((c) => c.id), words: { text: 'The commitment' } },
];

interface Stranded {
  key: string;
  edit: EditKind;
  id: string;
  /** The words kept, each with what its field is called. */
  words: { label: string; text: string }[];
  /** When the change was last kept. */
  savedAt: string;
  /** The draft as kept: a commitment's reword is added as a new commitment from it (asNewCommitment). */
  fields: Record<string, unknown>;
}

/** Whose promise a reword's words are, as its draft noted (drafts kept before it was noted do not say). */
function rewordOwner(item: Stranded): 'them' | 'me' | null {
  const owner = item.fields['owner'];
  return owner === 'them' || owner === 'me' ? owner : null;
}

/** A reword's words as a new commitment (it has no screen of its own to save them as new), or null with no words. */
function asNewCommitment(item: Stranded, owner: 'them' | 'me') {
  const text = item.fields['text'];
  if (typeof text !== 'string' || text.trim() === '') return null;
  const due = item.fields['due'];
  return { owner, text, dueAt: typeof due === 'string' && due !== '' ? due : null };
}

/** Tells one card's buttons from another's: the kind and the start of its words. */
function linkName(item: Stranded): string {
  const first = item.words[0]?.text.trim().replace(/\s+/g, ' ') ?? '';
  const start = first.length > 48 ? `${first.slice(0, 47)}…` : first;
  return start ? `the ${item.edit.kind} “${start}”` : `the ${item.edit.kind} changed on ${formatDay(item.savedAt)}`;
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
      const words = Object.entries(edit.words)
        .map(([field, label]) => ({ label, text: kept.fields[field] }))
        .filter((w): w is { label: string; text: string } => typeof w.text === 'string' && w.text.trim() !== '');
      found.push({ key, edit, id, words, savedAt: kept.savedAt, fields: kept.fields });
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
export function StrandedChanges(props: { journal: Journal; onAdded: () => void }) {
  const [list, { mutate, refetch }] = createResource(() => props.journal, strandedChanges);
  // An Undo that kept words again (Cancel on a gone entry's screen) shows them here at once.
  onLocalChange(() => void refetch());
  // The entries this page has shown since it opened. One of them gone now was removed here, moments
  // ago: while Undo is on offer its change is not stranded yet (Undo brings the entry back, and its
  // change with it), so its card waits, and cannot be let go or saved as a copy meanwhile. The other
  // cards stay where they are.
  const seen = new Set<string>();
  createEffect(() => {
    for (const edit of EDIT_KINDS) for (const id of edit.ids(props.journal)) seen.add(id);
  });
  const shown = () => {
    const all = list.error ? [] : (list() ?? []);
    return undoOffer() === null ? all : all.filter((s) => !seen.has(s.id));
  };

  const letGo = async (item: Stranded) => {
    const ok = await confirmAction({
      title: 'Let these words go?',
      body: `The ${item.edit.kind} they were for was removed. This forgets the change you typed for it.`,
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

  /**
   * A reword's words kept as a new commitment of this person's, theirs or the leader's as before (or as
   * the leader chooses, for a draft that did not note it); its draft is then forgotten, and the new
   * entry takes the focus on the timeline, drawn anew.
   */
  const addAsNew = async (item: Stranded, owner: 'them' | 'me') => {
    const commitment = asNewCommitment(item, owner);
    if (!commitment) return;
    try {
      const added = await call('commitments:create', { relationshipId: props.journal.relationship.id, ...commitment, debriefId: null });
      await call('drafts:clear', { key: item.key }).catch(() => undefined); // the words are in the journal now
      mutate(shown().filter((s) => s.key !== item.key));
      showNotice('Commitment added.');
      props.onAdded();
      focusOnceBack(`li[data-key="commitment:${CSS.escape(added.id)}"] summary`);
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
            <article class="alt-card" aria-labelledby={`stranded-${item.id}`}>
              <h3 class="alt-what" id={`stranded-${item.id}`}>{article(item.edit.kind)} {item.edit.kind}, removed</h3>
              <p class="raced-when">Changed on {formatDay(item.savedAt)} and not saved.</p>
              <For each={item.words} fallback={<p class="muted">No words were changed in it, only its choices or numbers.</p>}>
                {(w) => (
                  <figure class="alt-version">
                    <Show when={item.words.length > 1}><figcaption>{w.label}</figcaption></Show>
                    <Markdown text={w.text} />
                  </figure>
                )}
              </For>
              <Show when={!item.edit.open && asNewCommitment(item, 'them') && !rewordOwner(item)}>
                <p class="muted raced-hint">Whose promise was it? Add the words as a new commitment, theirs or yours.</p>
              </Show>
              <div class="actions start raced-actions">
                <Show when={item.edit.open}>
                  {(open) => (
                    <a class="button primary" href={open()(props.journal.relationship.id, item.id)} aria-label={`Open to keep them: ${linkName(item)}`}>
                      Open to keep them
                    </a>
                  )}
                </Show>
                <Show when={!item.edit.open && asNewCommitment(item, 'them')}>
                  <Show
                    when={rewordOwner(item)}
                    fallback={
                      <>
                        <button type="button" class="button primary" onClick={() => void addAsNew(item, 'them')} aria-label={`Add as their commitment: ${linkName(item)}`}>
                          Add as their commitment
                        </button>
                        <button type="button" class="button" onClick={() => void addAsNew(item, 'me')} aria-label={`Add as your commitment: ${linkName(item)}`}>
                          Add as your commitment
                        </button>
                      </>
                    }
                  >
                    {(owner) => (
                      <button type="button" class="button primary" onClick={() => void addAsNew(item, owner())} aria-label={`Add as a new commitment: ${linkName(item)}`}>
                        Add as a new commitment
                      </button>
                    )}
                  </Show>
                </Show>
                <button type="button" class="button" onClick={() => void letGo(item)} aria-label={`Let them go: ${linkName(item)}`}>Let them go</button>
              </div>
            </article>
          )}
        </For>
      </section>
    </Show>
  );
}
