import type { Journal } from '../model/journal';
import { countEntries } from '../model/journal';
import type { RelationshipSummary } from '../model/index-file';
import { summarizeCommitments } from '../model/commitment-summary';
import { toTrustInputs } from '../logic/trust-inputs';
import { followUpState } from '../logic/follow-up-state';

/**
 * Bump when summarize() changes what it stores: indexes written by another version are rebuilt from
 * the journals once, at the next start. Also bumped when this computer's cache changes how it writes
 * them (4: checks and commitments as arrays, index-wire.ts; 5: commitments resolved in a member of
 * their own, read only when asked for), so an older cache is rebuilt, never misread.
 */
export const SUMMARY_VERSION = 5;

/**
 * What the index keeps about one journal: enough for Home, no journal text beyond the name and role
 * (and the shortened text and outcome note of open and recent commitments, so the Commitments screen need not open every journal).
 * The text-free trust inputs are pruned without the clock (logic/trust-inputs.ts); `now` (the store's
 * clock) only decides which planned conversations Home still lists. It defaults to the real clock only
 * for callers written before the trust inputs existed.
 */
export function summarize(journal: Journal, now: Date = new Date()): RelationshipSummary {
  const r = journal.relationship;
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    kind: r.kind,
    started: r.started,
    archived: r.archived,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    entries: countEntries(journal),
    commitments: summarizeCommitments(r.id, journal.commitments),
    trust: toTrustInputs(journal, now),
    followUps: followUpState(journal),
  };
}
