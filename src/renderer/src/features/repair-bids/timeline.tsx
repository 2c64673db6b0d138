import { href } from '../../lib/router';
import { Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { call } from '../../lib/api';
import { draftFollowsEntry } from '../../lib/draft-follow';
import { removeAfterConfirm } from '../../lib/confirm';
import { RECEPTION_LABELS } from '../../../../core/model/leader-side-labels';
import type { Journal } from '../../../../core/model/journal';
import type { RepairBid } from '../../../../core/model/leader-side';
import type { TimelineEntry } from '../relationship/extensions';

/** Repair attempts on the timeline: who made it, what, and whether it landed. */
export function repairBidEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  return journal.repairBids.map((b) => ({
    key: `repair-bid:${b.id}`,
    order: b.createdAt,
    at: b.at,
    kind: 'Repair',
    title: `${b.by === 'me' ? 'Mine' : 'Theirs'}: ${b.what}`,
    badges: [RECEPTION_LABELS[b.received]],
    render: () => <BidEntry relationshipId={journal.relationship.id} bid={b} refresh={refresh} />,
  }));
}

function BidEntry(props: { relationshipId: string; bid: RepairBid; refresh: () => void }) {
  const remove = () =>
    removeAfterConfirm(
      { title: 'Remove this repair attempt?', body: 'Everything else stays as it is.' },
      () => call('repair-bids:delete', { relationshipId: props.relationshipId, id: props.bid.id }),
      props.refresh,
      {
        removed: 'Repair attempt removed.',
        undo: async () => draftFollowsEntry(`repair-bid:${props.relationshipId}`, props.bid.id, await call('entries:restore', { relationshipId: props.relationshipId, list: 'repairBids', entry: props.bid })),
        undone: 'The repair attempt is back.',
      },
    );
  return (
    <div class="entry-body">
      <Show when={props.bid.note.trim()}><Markdown text={props.bid.note} /></Show>
      <p class="entry-links">
        <a href={href('/r/:id/repair-bid/:bidId', { id: props.relationshipId, bidId: props.bid.id })}>Edit, or say how it landed</a>
        {' · '}
        <button type="button" class="link-button" onClick={() => void remove()}>Remove</button>
      </p>
    </div>
  );
}
