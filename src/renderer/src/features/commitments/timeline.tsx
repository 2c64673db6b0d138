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
import { href } from '../../lib/router';

/** Each commitment sits where it was resolved (or made, while open), with its outcome as a badge. */
export function commitmentEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  return journal.commitments.map((c) => ({
    key: `commitment:${c.id}`,
    at: c.resolvedAt ?? c.createdAt,
    kind: 'Commitment',
    title: `${OWNER_LABELS[c.owner]}: ${shorten(c.text, 90)}`,
    badges: [COMMITMENT_STATUS_LABELS[c.status], ...(c.status === 'open' && isOverdue(c.dueAt) ? ['Overdue'] : [])],
    render: () => <CommitmentEntry relationshipId={journal.relationship.id} c={c} refresh={refresh} />,
  }));
}

function CommitmentEntry(props: { relationshipId: string; c: Commitment; refresh: () => void }) {
  const c = props.c;
  const [editing, setEditing] = createSignal(false);
  return (
    <Show
      when={!editing()}
      fallback={<CommitmentEdit relationshipId={props.relationshipId} c={c} done={props.refresh} cancel={() => setEditing(false)} />}
    >
    <div class="entry-body">
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
          <a href={href('/commitments')}>Mark how it went</a>{' · '}
        </Show>
        <button type="button" class="link-button" onClick={() => setEditing(true)}>Reword or change the date</button>
      </p>
    </div>
    </Show>
  );
}
