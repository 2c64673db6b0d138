import { createSignal, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { formatDay } from '../../lib/dates';
import { COMMITMENT_STATUS_LABELS, OWNER_LABELS } from '../../../../core/model/follow-up-labels';
import { shorten } from '../../../../core/logic/shorten';
import type { Commitment } from '../../../../core/model/commitment';
import type { Journal } from '../../../../core/model/journal';
import type { TimelineEntry } from '../relationship/extensions';
import { dueText, isOverdue } from './commitment-dates';
import { CommitmentEdit } from './CommitmentEdit';
import { OutcomeDialog, type OutcomeRequest } from './OutcomeDialog';
import { call } from '../../lib/api';
import { reopenCommitment } from './reopen';
import { draftFollowsEntry } from '../../lib/draft-follow';
import { removeAfterConfirm } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { focusOnceBack } from '../../lib/keep-focus';
import type { CommitmentOutcome } from '../../../../core/model/trust-items';
import { lookForRewords, rewordAsked, rewordWaits } from './reword-drafts';

/** Each commitment sits where it was resolved (or made, while open), with its outcome as a badge. */
export function commitmentEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  const person = journal.relationship.id;
  if (journal.commitments.length > 0) lookForRewords(person);
  return journal.commitments.map((c) => ({
    key: `commitment:${c.id}`,
    at: c.resolvedAt ?? c.createdAt,
    kind: 'Commitment',
    title: `${OWNER_LABELS[c.owner]}: ${shorten(c.text, 90)}`,
    // A getter, read where the badges are drawn: a reword typed and left is marked on the entry's line,
    // and the mark comes and goes without the entries being built again (see reword-drafts).
    get badges() {
      return [
        COMMITMENT_STATUS_LABELS[c.status],
        ...(c.status === 'open' && isOverdue(c.dueAt) ? ['Overdue'] : []),
        ...(rewordWaits(person, c.id) ? [REWORD_WAITS] : []),
      ];
    },
    render: () => <CommitmentEntry relationshipId={person} c={c} refresh={refresh} />,
  }));
}

/** The mark of a reword typed and not saved yet. */
export const REWORD_WAITS = 'Change not saved yet';

function CommitmentEntry(props: { relationshipId: string; c: Commitment; refresh: () => void }) {
  const c = props.c;
  const [editing, setEditing] = createSignal(rewordAsked(props.relationshipId, c.id));
  // How it went is marked here, in place: the link to the Commitments screen left the person at the top
  // of everyone's list, to find this one again.
  const [asking, setAsking] = createSignal<OutcomeRequest | null>(null);
  const closeOutcome = (saved: CommitmentOutcome | null) => {
    setAsking(null);
    if (!saved) return;
    showNotice(`Marked as ${COMMITMENT_STATUS_LABELS[saved].toLowerCase()}.`);
    props.refresh();
    focusOnceBack(`li[data-key="commitment:${CSS.escape(c.id)}"] summary`);
  };
  const reopen = async () => {
    if (!(await reopenCommitment(props.relationshipId, c.id))) return;
    showNotice('Open again. Its note is kept for when you mark it.');
    props.refresh();
    focusOnceBack(`li[data-key="commitment:${CSS.escape(c.id)}"] summary`);
  };
  const remove = () =>
    removeAfterConfirm(
      { title: 'Remove this commitment?', body: 'For one made by mistake: it leaves the timeline, the Commitments screen and the keeping rate.' },
      () => call('commitments:delete', { relationshipId: props.relationshipId, id: c.id }),
      props.refresh,
      {
        removed: 'Commitment removed.',
        undo: async () => draftFollowsEntry(`commitment:${props.relationshipId}`, c.id, await call('commitments:restore', { relationshipId: props.relationshipId, commitment: c })),
        undone: 'The commitment is back.',
      },
    );
  return (
    <Show
      when={!editing()}
      fallback={<CommitmentEdit relationshipId={props.relationshipId} c={c} done={props.refresh} cancel={() => setEditing(false)} />}
    >
    <div class="entry-body">
      {/* A reword left unsaved: said here, with the way back to it, and the rest of the entry as it was. */}
      <Show when={rewordWaits(props.relationshipId, c.id)}>
        <p class="draft-note">
          <span>You started changing this commitment and have not saved it yet.</span>
          <button type="button" class="link-button" onClick={() => setEditing(true)}>Go on with it</button>
        </p>
      </Show>
      <Show when={shorten(c.text, 90) !== c.text.trim()}>
        <p class="entry-text">{c.text}</p>
      </Show>
      <p class="muted">
        {c.owner === 'them' ? 'Their commitment' : 'My commitment'} · {dueText(c.dueAt)}
        <Show when={c.resolvedAt}> · {COMMITMENT_STATUS_LABELS[c.status]} on {formatDay(c.resolvedAt)}</Show>
      </p>
      <Show when={c.note.trim()}>
        <Markdown text={c.note} />
      </Show>
      <p class="entry-links">
        <Show when={c.status === 'open'}>
          <button type="button" class="link-button" onClick={() => setAsking({ relationshipId: props.relationshipId, id: c.id, text: c.text, status: null, note: c.note })}>
            Mark how it went
          </button>{' · '}
        </Show>
        {/* Settled: it can be opened again here, whenever it was settled (the Commitments screen lists
            only the last 30 days, so an outcome dated further back had no way to be corrected). */}
        <Show when={c.status !== 'open'}>
          <button type="button" class="link-button" onClick={() => void reopen()}>Reopen</button>{' · '}
        </Show>
        <button type="button" class="link-button" data-reword onClick={() => setEditing(true)}>Reword or change the date</button>
        {' · '}
        <button type="button" class="link-button" onClick={() => void remove()}>Remove</button>
      </p>
      <OutcomeDialog request={asking()} onClose={closeOutcome} />
    </div>
    </Show>
  );
}
