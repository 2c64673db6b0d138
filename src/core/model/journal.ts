import { z } from 'zod';
import { relationshipSchema } from './relationship';
import { incidentSchema } from './incident';
import { preparationSchema } from './preparation';
import { debriefSchema } from './debrief';
import { commitmentSchema } from './commitment';
import { trustCheckSchema } from './trust-check';
import { monitoringNoteSchema } from './monitoring-note';
import { meetingNoteSchema } from './meeting-note';
import { followUpSchema, repairBidSchema, theirTrustSchema } from './leader-side';
import type { EnvelopeSpec } from '../store/envelope';

/**
 * One journal file per relationship: the person and everything written about them.
 * Collections added after format 1 shipped get a migration; within format 1 they default to [].
 */
export const JOURNAL_VERSION = 1;

export const journalSchema = z.strictObject({
  relationship: relationshipSchema,
  incidents: z.array(incidentSchema).default([]),
  preparations: z.array(preparationSchema).default([]),
  debriefs: z.array(debriefSchema).default([]),
  commitments: z.array(commitmentSchema).default([]),
  checks: z.array(trustCheckSchema).default([]),
  monitoringNotes: z.array(monitoringNoteSchema).default([]),
  /** Quick 1:1 notes, written without a debrief. */
  meetingNotes: z.array(meetingNoteSchema).default([]),
  /** The leader's own side (product.md §5b). */
  repairBids: z.array(repairBidSchema).default([]),
  followUps: z.array(followUpSchema).default([]),
  theirTrust: z.array(theirTrustSchema).default([]),
});

export type Journal = z.infer<typeof journalSchema>;

export const journalSpec: EnvelopeSpec<Journal> = {
  kind: 'journal',
  version: JOURNAL_VERSION,
  schema: journalSchema,
  migrations: {},
};

export const journalPath = (relationshipId: string): string => `relationships/${relationshipId}.json`;

/** How many entries a journal holds, for backup lists ("12 entries"). */
export function countEntries(journal: Journal): number {
  let count = 0;
  for (const value of Object.values(journal)) if (Array.isArray(value)) count += value.length;
  return count;
}

/** Every list of entries a journal holds (all but the person), by name, whatever lists a later version adds. */
export function entryLists(journal: Journal): [string, { id: string }[]][] {
  return Object.entries(journal as Record<string, unknown>).filter((e): e is [string, { id: string }[]] => Array.isArray(e[1]));
}

/** Every entry as change logs and removals name it: "<list>/<id>". */
export function entryKeys(journal: Journal): string[] {
  return entryLists(journal).flatMap(([list, entries]) => entries.map((e) => `${list}/${e.id}`));
}
