import { PAGE_ACTIONS, TIMELINE_SOURCES } from '../relationship/extensions';
import { debriefEntries } from './timeline';
import { commitmentEntries } from '../commitments/timeline';
import { checkEntries } from '../trust-check/timeline';
import { monitoringEntries } from '../monitoring/timeline';
import type { Journal } from '../../../../core/model/journal';
import '../../styles/follow-up.css';

/** What the after-the-conversation features add to a person's page: timeline entries and three actions. */
TIMELINE_SOURCES.push(debriefEntries, commitmentEntries, checkEntries, monitoringEntries);

const draftOf = (j: Journal) => j.debriefs.find((d) => d.status === 'draft');
const undebriefedPlan = (j: Journal) =>
  j.preparations.some((p) => p.status === 'ready' && !j.debriefs.some((d) => d.preparationId === p.id));

PAGE_ACTIONS.push(
  {
    label: 'Debrief a conversation',
    // The chooser lists drafts to continue as well as plans to debrief.
    href: (j) => `#/r/${j.relationship.id}/debrief/new`,
    // After a planned conversation, writing it down is the next thing to do.
    primary: (j) => !!draftOf(j) || undebriefedPlan(j),
  },
  { label: 'Trust check', href: (j) => `#/r/${j.relationship.id}/check/new` },
  { label: 'Log my own check-in', href: (j) => `#/r/${j.relationship.id}/monitoring/new` },
);
