import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import { undoOffer } from '../../lib/undo';
import { onLocalChange } from '../../lib/local-changes';
import { formatDay } from '../../lib/dates';
import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { href } from '../../lib/router';
import { Markdown } from '../../components/Markdown';
import type { Journal } from '../../../../core/model/journal';
import { COMMITMENT_OWNERS, type CommitmentOwner } from '../../../../core/model/trust-items';
import { commitmentDraft, commitmentDraftKey, editCommitmentDraft, openCommitmentForm } from '../quick-capture/capture-drafts';
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
  { draft: 'incident', kind: 'incident', ids: (j) => j.incidents.map((i) => i.id), open: (id, incidentId) => href('/r/:id/incident/:incidentId', { id, incidentId }), words: { title: 'What happened, in a line', facts: 'The facts', impact: 'The impact' } },
];

interface Stranded {
  key: string;
  edit: EditKind;
  id: string;
  /** The words kept, each with what its field is called. */
  words: { label: string; text: string }[];
  /** When the change was last kept. */
  savedAt: string;
  /** The draft as kept: a commitment's reword moves from it into "Add a commitment" (moveToForm). */
  fields: Record<string, unknown>;
}

/** Whose promise a reword's words are, as its draft noted (drafts kept before it was noted do not say). */
function rewordOwner(item: Stranded): CommitmentOwner | null {
  const owner = item.fields['owner'];
  return COMMITMENT_OWNERS.find((o) => o === owner) ?? null;
}

/** The date a reword's draft holds, or null. */
function rewordDue(item: Stranded): string | null {
  const due = item.fields['due'];
  return typeof due === 'string' && due !== '' ? due : null;
}

/** Whether a card holds a reword with words that can become a new commitment. */
function movable(item: Stranded): boolean {
  const text = item.fields['text'];
  return item.edit.draft === 'commitment' && typeof text === 'string' && text.trim() !== '';
}

/** Tells one card's buttons from another's: the kind and the start of its words. */
function linkName(item: Stranded): string {
  const first = item.words[0]?.text.trim().replace(/\s+/g, ' ') ?? '';
  const start = first.length > 48 ? `${first.slice(0, 47)}…` : first;
  return start ? `the ${item.edit.kind} “${start}”` : `the ${item.edit.kind} changed on ${formatDay(item.savedAt)}`;
}

const article = (kind: string): string => (/^[aeiou]/.test(kind) ? 'An' : 'A');

interface StrandedList {
  items: Stranded[];
  /** Changes kept on disk that could not be read just now: said, never silently left out. */
  unread: number;
}

/** The changes typed and kept for entries that are no longer in the journal (removed here or on the other computer). */
async function strandedChanges(j: Journal): Promise<StrandedList> {
  const rid = j.relationship.id;
  const found: Stranded[] = [];
  let unread = 0;
  for (const edit of EDIT_KINDS) {
    const prefix = `${edit.draft}:${rid}:`;
    const keys = await call('drafts:keys', { prefix }).then((r) => r.keys, () => null);
    if (keys === null) {
      unread++;
      continue;
    }
    const present = new Set(edit.ids(j));
    for (const key of keys) {
      const id = key.slice(prefix.length);
      if (present.has(id)) continue;
      // Each on its own: one that cannot be read must not hide the others.
      const kept = await call('drafts:get', { key }).catch(() => undefined);
      if (kept === undefined) unread++;
      if (!kept) continue;
      const words = Object.entries(edit.words)
        .map(([field, label]) => ({ label, text: kept.fields[field] }))
        .filter((w): w is { label: string; text: string } => typeof w.text === 'string' && w.text.trim() !== '');
      found.push({ key, edit, id, words, savedAt: kept.savedAt, fields: kept.fields });
    }
  }
  return { items: found, unread };
}

/**
 * The entries any person's page showed in this window. One of them gone now was removed here, moments
 * ago: while Undo is on offer its change is not stranded yet (Undo brings the entry back, and its change
 * with it), so its card waits, and cannot be let go or moved meanwhile. Kept for the window, not for one
 * page: the Undo bar follows the person when they leave and come back while it is on offer.
 */
const seen = new Set<string>();
/** A move into "Add a commitment" is running (StrandedChanges' moveToForm), on whichever page. */
let movingAnywhere = false;

/**
 * A change typed and left unsaved (leaving, closing, a restart keep it as a draft) for an entry that was
 * then removed, past its Undo or on the other computer. No Edit link leads to it any more, so its words
 * would wait on disk unseen: they are shown here, with the way to keep them (the entry's screen saves
 * them as a new one) or to let them go.
 */
export function StrandedChanges(props: { journal: Journal }) {
  const [list, { mutate, refetch }] = createResource(() => props.journal, strandedChanges);
  // An Undo that kept words again (Cancel on a gone entry's screen) shows them here at once.
  onLocalChange(() => void refetch());
  createEffect(() => {
    for (const edit of EDIT_KINDS) for (const id of edit.ids(props.journal)) seen.add(id);
  });
  const all = (): Stranded[] => (list.error ? [] : (list()?.items ?? []));
  const unread = (): number => (list.error ? 1 : (list()?.unread ?? 0));
  const shown = () => (undoOffer() === null ? all() : all().filter((s) => !seen.has(s.id)));
  /** Drops a settled card from what was read (every card, those held back by an Undo too: they come back after it). */
  const settled = (key: string) => {
    const read = list();
    if (read) mutate({ ...read, items: read.items.filter((s) => s.key !== key) });
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
      settled(item.key);
      showNotice('Let go.');
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };

  /**
   * A move is running from this section (its buttons wait). One move at a time for the window, not per
   * card (movingAnywhere): two cards moved at once would both find the form empty and both write its
   * draft, the second over the first, and both be forgotten.
   */
  const [moving, setMoving] = createSignal(false);

  /**
   * A reword has no screen of its own to save its words as new: they move into this person's "Add a
   * commitment" form (under "Between conversations"), which opens with them, whose promise it was and
   * the date, to check and save there under the same rules as any new commitment. The form's draft is
   * written before the reword's is forgotten, so the words are always kept somewhere. Words already
   * being written in that form are never replaced; the very same words there (a move cut short by a
   * close, before the reword's draft was forgotten) only need the reword's draft forgotten.
   */
  const moveToForm = async (item: Stranded) => {
    if (moving() || movingAnywhere) return;
    const rid = props.journal.relationship.id;
    setMoving(true);
    movingAnywhere = true;
    try {
      const formKey = commitmentDraftKey(rid);
      // In the order the form keeps its own draft, so it opens with these words as its own, not "restored".
      const fields = { relationshipId: rid, owner: rewordOwner(item) ?? 'them', text: String(item.fields['text']), dueAt: rewordDue(item) ?? '' };
      const inForm = commitmentDraft(rid, rid);
      const onDisk = (await call('drafts:get', { key: formKey }))?.fields;
      const same = (f: Record<string, unknown> | undefined) => !!f && f['text'] === fields.text && f['owner'] === fields.owner && (f['dueAt'] ?? '') === fields.dueAt;
      const hasWords = (text: unknown) => typeof text === 'string' && text.trim() !== '';
      const alreadyThere = same(onDisk) && (same(inForm as unknown as Record<string, unknown>) || !hasWords(inForm.text));
      if (!alreadyThere && (hasWords(inForm.text) || hasWords(onDisk?.['text']))) {
        showNotice('You have a commitment waiting in “Add a commitment”. Add it first, then bring these words over.', 'error');
        openCommitmentForm(rid);
        return;
      }
      if (!alreadyThere) await call('drafts:save', { key: formKey, fields });
      editCommitmentDraft(rid, fields);
      try {
        await call('drafts:clear', { key: item.key });
        settled(item.key);
        showNotice('Your words are in “Add a commitment”, ready to check.');
      } catch {
        showNotice('Your words are in “Add a commitment” now, but their earlier copy could not be removed just now: it may show here again.', 'error');
      }
      openCommitmentForm(rid);
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    } finally {
      movingAnywhere = false;
      setMoving(false);
    }
  };

  return (
    <Show when={shown().length > 0 || unread() > 0}>
      <section class="section alternatives" aria-labelledby="stranded-title">
        <h2 id="stranded-title">Changes you had not saved</h2>
        <Show when={shown().length > 0}>
          <p class="muted">
            You started changing {shown().length === 1 ? 'an entry' : 'these entries'}, and {shown().length === 1 ? 'it was' : 'they were'} removed
            before you saved, here or on your other computer. Your words are kept until you choose.
          </p>
        </Show>
        <Show when={unread() > 0}>
          <p class="muted" role="status">
            {unread() === 1 ? 'One change' : 'Some changes'} you had not saved could not be read just now. {unread() === 1 ? 'It is' : 'They are'} kept:
            open this page again later to see {unread() === 1 ? 'it' : 'them'}.
          </p>
        </Show>
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
              <Show when={item.edit.draft === 'commitment'}>
                <p class="raced-when">
                  {rewordOwner(item) === 'me' ? 'Your commitment' : rewordOwner(item) === 'them' ? 'Their commitment' : 'A commitment'}
                  {rewordDue(item) ? `, due by ${formatDay(rewordDue(item))}` : ', with no date'}.
                </p>
              </Show>
              <Show when={movable(item)}>
                <p class="muted raced-hint" id={`stranded-hint-${item.id}`}>
                  The words move to “Add a commitment” on this page, to check and save there.
                </p>
              </Show>
              <div class="actions start raced-actions">
                <Show when={item.edit.open}>
                  {(open) => (
                    <a class="button primary" href={open()(props.journal.relationship.id, item.id)} aria-label={`Open to keep them: ${linkName(item)}`}>
                      Open to keep them
                    </a>
                  )}
                </Show>
                <Show when={movable(item)}>
                  <button
                    type="button"
                    class="button primary"
                    disabled={moving()}
                    onClick={() => void moveToForm(item)}
                    aria-label={`Add as a new commitment: ${linkName(item)}`}
                    aria-describedby={`stranded-hint-${item.id}`}
                  >
                    Add as a new commitment
                  </button>
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
