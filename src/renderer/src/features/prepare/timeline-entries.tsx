import { IncidentDetails } from './IncidentDetails';
import { PreparationDetails } from './PreparationDetails';
import type { TimelineEntry } from '../relationship/extensions';
import type { Journal } from '../../../../core/model/journal';
import type { Preparation } from '../../../../core/model/preparation';
import { INCIDENT_STATUS_LABELS } from '../../../../core/model/incident-labels';
import { PREPARATION_STATUS_LABELS } from '../../../../core/model/preparation-labels';

/** The one-line name of a preparation: what it is about. */
export function incidentTitle(journal: Journal, prep: Preparation): string {
  const incident = journal.incidents.find((i) => i.id === prep.incidentId);
  return incident ? `Plan for “${incident.title}”` : 'Plan for a conversation';
}

export function incidentEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  const rid = journal.relationship.id;
  return journal.incidents.map((incident) => ({
    key: `incident:${incident.id}`,
    at: incident.occurredAt,
    order: incident.createdAt,
    kind: 'Incident',
    title: incident.title,
    badges: [INCIDENT_STATUS_LABELS[incident.status]],
    render: () => <IncidentDetails relationshipId={rid} incident={incident} about={aboutIt(journal, incident.id)} refresh={refresh} />,
  }));
}

/** The plans (not discarded) and conversations without a plan that are about this incident: they stay when it is removed. */
function aboutIt(journal: Journal, incidentId: string): { plans: number; conversations: number } {
  const plans = journal.preparations.filter((p) => p.incidentId === incidentId && p.status !== 'discarded');
  const conversations = journal.debriefs.filter((d) => d.incidentId === incidentId && !plans.some((p) => p.id === d.preparationId));
  return { plans: plans.length, conversations: conversations.length };
}

/** Drafts and ready plans; discarded ones live in their own list. Placed at when they were started. */
export function preparationEntries(journal: Journal): TimelineEntry[] {
  const rid = journal.relationship.id;
  return journal.preparations
    .filter((p) => p.status !== 'discarded')
    .map((prep) => ({
      key: `preparation:${prep.id}`,
      at: prep.createdAt,
      kind: 'Preparation',
      title: incidentTitle(journal, prep),
      badges: [PREPARATION_STATUS_LABELS[prep.status]],
      render: () => (
        <PreparationDetails relationshipId={rid} prep={prep} debriefId={journal.debriefs.find((d) => d.preparationId === prep.id)?.id ?? null} />
      ),
    }));
}
