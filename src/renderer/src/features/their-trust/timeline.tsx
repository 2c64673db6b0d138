import { Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { call } from '../../lib/api';
import { draftFollowsEntry } from '../../lib/draft-follow';
import { removeAfterConfirm } from '../../lib/confirm';
import { href } from '../../lib/router';
import { checkMean } from '../../../../core/logic/verdict-scores';
import type { Journal } from '../../../../core/model/journal';
import type { TheirTrust } from '../../../../core/model/leader-side';
import type { TimelineEntry } from '../relationship/extensions';

/** My estimates of their trust in me on the timeline, with the evidence behind each. */
export function theirTrustEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  return journal.theirTrust.map((t) => {
    const mean = checkMean(t);
    return {
      key: `their-trust:${t.id}`,
      order: t.createdAt,
      at: t.at,
      kind: 'Their trust',
      title: mean === null ? 'In me: no new evidence' : `In me: about ${mean.toFixed(1)} of 7, as I read it`,
      render: () => <Estimate relationshipId={journal.relationship.id} estimate={t} refresh={refresh} />,
    };
  });
}

function Estimate(props: { relationshipId: string; estimate: TheirTrust; refresh: () => void }) {
  const remove = () =>
    removeAfterConfirm(
      { title: 'Remove this estimate?', body: 'It leaves the chart. Everything else stays as it is.' },
      () => call('their-trust:delete', { relationshipId: props.relationshipId, id: props.estimate.id }),
      props.refresh,
      {
        removed: 'Estimate removed.',
        undo: async () => draftFollowsEntry(`their-trust:${props.relationshipId}`, props.estimate.id, await call('entries:restore', { relationshipId: props.relationshipId, list: 'theirTrust', entry: props.estimate })),
        undone: 'The estimate is back.',
      },
    );
  return (
    <div class="entry-body">
      <Markdown text={props.estimate.evidence} empty="No evidence written." />
      <Show when={props.estimate.interpretation.trim()}><Markdown text={props.estimate.interpretation} /></Show>
      <p class="entry-links">
        <a href={href('/r/:id/their-trust/:estimateId', { id: props.relationshipId, estimateId: props.estimate.id })}>Edit this estimate</a>
        {' · '}
        <button type="button" class="link-button" onClick={() => void remove()}>Remove this estimate</button>
      </p>
    </div>
  );
}
