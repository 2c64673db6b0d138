import { Markdown } from '../../components/Markdown';
import { MONITORING_KIND_LABELS } from '../../../../core/model/follow-up-labels';
import type { Journal } from '../../../../core/model/journal';
import type { TimelineEntry } from '../relationship/extensions';

/** The leader's own checking-up, logged without judgement; the note opens in place when there is one. */
export function monitoringEntries(journal: Journal): TimelineEntry[] {
  return journal.monitoringNotes.map((n) => ({
    key: `monitoring:${n.id}`,
    at: n.at,
    kind: 'My check-in',
    title: MONITORING_KIND_LABELS[n.kind],
    ...(n.note.trim() ? { render: () => <Markdown text={n.note} /> } : {}),
  }));
}
