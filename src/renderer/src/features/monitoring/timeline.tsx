import { Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { call, errorMessage } from '../../lib/api';
import { draftFollowsEntry } from '../../lib/draft-follow';
import { href } from '../../lib/router';
import { confirmAction, focusTimeline } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';
import { MONITORING_KIND_LABELS } from '../../../../core/model/follow-up-labels';
import { markdownAsPlain } from '../../../../core/logic/markdown-plain';
import { shorten } from '../../../../core/logic/shorten';
import type { Journal } from '../../../../core/model/journal';
import type { MonitoringNote } from '../../../../core/model/monitoring-note';
import type { TimelineEntry } from '../relationship/extensions';

/** The leader's own checking-up, logged without judgement; opens in place with its note. */
export function monitoringEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  return journal.monitoringNotes.map((n) => ({
    key: `monitoring:${n.id}`,
    order: n.createdAt,
    at: n.at,
    kind: 'My check-in',
    title: titleOf(n),
    render: () => <MonitoringEntry relationshipId={journal.relationship.id} note={n} refresh={refresh} />,
  }));
}

/**
 * What the line on the timeline says: what was done, or for "something else" the leader's own words
 * (the review of 5 December saw "Something else" over a note that said what it was).
 */
function titleOf(n: MonitoringNote): string {
  const words = n.kind === 'other' ? shorten(markdownAsPlain(n.note), 90) : '';
  return words || MONITORING_KIND_LABELS[n.kind];
}

function MonitoringEntry(props: { relationshipId: string; note: MonitoringNote; refresh: () => void }) {
  // Logged by mistake happens; removing one asks first, since it counts in the "trust may lag" flag.
  const remove = async () => {
    const ok = await confirmAction({
      title: 'Remove this check-in?',
      body: 'It will no longer count among your own check-ins. Everything else stays as it is. You can undo this for a few seconds.',
      confirmLabel: 'Remove',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      const { relationshipId, note } = props;
      await call('monitoring-notes:delete', { relationshipId, id: note.id });
      props.refresh();
      focusTimeline();
      const refresh = props.refresh;
      offerUndo('Check-in removed.', async () => {
        await draftFollowsEntry(`own-check-in:${relationshipId}`, note.id, await call('entries:restore', { relationshipId, list: 'monitoringNotes', entry: note }));
        refresh();
      }, 'The check-in is back.');
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };
  return (
    <div class="entry-body">
      <Show when={props.note.note.trim()} fallback={<p class="muted">No note with this one.</p>}>
        <Markdown text={props.note.note} />
      </Show>
      <p class="entry-links">
        <a href={href('/r/:id/monitoring/:noteId', { id: props.relationshipId, noteId: props.note.id })}>Edit this check-in</a>
        {' · '}
        <button type="button" class="link-button" onClick={() => void remove()}>
          Remove this check-in
        </button>
      </p>
    </div>
  );
}
