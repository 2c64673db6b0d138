/**
 * Incidents and preparations on a person's page: two actions, two timeline sources, and the
 * Discarded list. Imported once from features/relationship/register-features.ts.
 */
import { PAGE_ACTIONS, PAGE_SECTIONS, TIMELINE_SOURCES } from '../relationship/extensions';
import { DiscardedPreparations } from './DiscardedPreparations';
import { incidentEntries, preparationEntries } from './timeline-entries';
import type { Journal } from '../../../../core/model/journal';
import '../../styles/prepare.css';
import { href } from '../../lib/router';

/** Preparing is the next step when a draft waits, or an incident is still open with no plan for it. */
function preparingIsNext(j: Journal): boolean {
  const live = j.preparations.filter((p) => p.status !== 'discarded');
  if (live.some((p) => p.status === 'draft')) return true;
  return j.incidents.some((i) => i.status === 'open' && !live.some((p) => p.incidentId === i.id));
}

PAGE_ACTIONS.push(
  {
    label: 'Prepare a conversation',
    href: (j) => href('/r/:id/prepare/new', { id: j.relationship.id }),
    primary: preparingIsNext,
  },
  {
    label: 'Log an incident',
    href: (j) => href('/r/:id/incident/new', { id: j.relationship.id }),
    primary: (j) => j.incidents.length === 0 && !preparingIsNext(j),
  },
);

TIMELINE_SOURCES.push(incidentEntries, preparationEntries);

PAGE_SECTIONS.push({
  key: 'discarded-preparations',
  render: (journal, refresh) => <DiscardedPreparations journal={journal()} refresh={refresh} />,
});
