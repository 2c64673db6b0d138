import { PAGE_ACTIONS, TIMELINE_SOURCES } from '../relationship/extensions';
import { debriefEntries } from './timeline';
import { commitmentEntries } from '../commitments/timeline';
import { checkEntries } from '../trust-check/timeline';
import { monitoringEntries } from '../monitoring/timeline';
import type { Journal } from '../../../../core/model/journal';
import '../../styles/follow-up.css';
import { href } from '../../lib/router';

/** What the after-the-conversation features add to a person's page: timeline entries and three actions. */
TIMELINE_SOURCES.push(debriefEntries, commitmentEntries, checkEntries, monitoringEntries);

const draftOf = (j: Journal) => j.debriefs.find((d) => d.status === 'draft');
const undebriefedPlan = (j: Journal) =>
  j.preparations.some((p) => p.status === 'ready' && !j.debriefs.some((d) => d.preparationId === p.id));

PAGE_ACTIONS.push(
  {
    label: 'Debrief a conversation',
    // The chooser lists drafts to continue as well as plans to debrief.
    href: (j) => href('/r/:id/debrief/new', { id: j.relationship.id }),
    // After a planned conversation, writing it down is the next thing to do.
    primary: (j) => !!draftOf(j) || undebriefedPlan(j),
  },
  { label: 'Trust check', href: (j) => href('/r/:id/check/new', { id: j.relationship.id }) },
  { label: 'Log my own check-in', href: (j) => href('/r/:id/monitoring/new', { id: j.relationship.id }) },
);
