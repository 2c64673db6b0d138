/**
 * The leader's own side on a person's page: follow-ups, both sides of the trust, repair attempts and
 * estimates of their trust in me. Imported once from features/relationship/register-features.ts.
 */
import { PAGE_ACTIONS, PAGE_SECTIONS, TIMELINE_SOURCES } from '../relationship/extensions';
import { repairBidEntries } from './timeline';
import { theirTrustEntries } from '../their-trust/timeline';
import { BothSides } from '../their-trust/BothSides';
import { FollowUpsSection } from '../follow-ups/FollowUpsSection';
import { RepairLine } from './RepairLine';

TIMELINE_SOURCES.push(repairBidEntries, theirTrustEntries);

// Repair attempts beside the verdict they bear on: a separate line, the verdict's own reason unchanged.
const afterTrust = Math.max(0, PAGE_SECTIONS.findIndex((s) => s.key === 'trust') + 1);
PAGE_SECTIONS.splice(afterTrust, 0, { key: 'repair-line', render: (journal) => <RepairLine journal={journal()} /> });
PAGE_SECTIONS.push(
  { key: 'follow-ups', render: (journal, refresh) => <FollowUpsSection journal={journal()} refresh={refresh} /> },
  { key: 'both-sides', render: (journal) => <BothSides journal={journal()} /> },
);

PAGE_ACTIONS.push(
  { label: 'Log a repair attempt', href: (j) => `#/r/${j.relationship.id}/repair-bid/new` },
  { label: 'Their trust in me', href: (j) => `#/r/${j.relationship.id}/their-trust/new` },
);
