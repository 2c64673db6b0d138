import { z } from 'zod';
import { idSchema } from '../../model/common';
import { repairBidSchema, theirTrustSchema, type RepairBid, type TheirTrust } from '../../model/leader-side';
import { meetingNoteSchema, type MeetingNote } from '../../model/meeting-note';
import { monitoringNoteSchema, type MonitoringNote } from '../../model/monitoring-note';
import { incidentSchema, type Incident } from '../../model/incident';
import type { ServiceContext } from '../../services/context';
import { restoreEntry } from '../../services/entry-restore';

/** Undo of removing a small entry of the timeline, handed back whole (as checks:restore does for a check). */
export const entriesSchemas = {
  'entries:restore': z.discriminatedUnion('list', [
    z.strictObject({ relationshipId: idSchema, list: z.literal('repairBids'), entry: repairBidSchema }),
    z.strictObject({ relationshipId: idSchema, list: z.literal('theirTrust'), entry: theirTrustSchema }),
    z.strictObject({ relationshipId: idSchema, list: z.literal('meetingNotes'), entry: meetingNoteSchema }),
    z.strictObject({ relationshipId: idSchema, list: z.literal('monitoringNotes'), entry: monitoringNoteSchema }),
    z.strictObject({ relationshipId: idSchema, list: z.literal('incidents'), entry: incidentSchema }),
  ]),
};

type In = z.output<(typeof entriesSchemas)['entries:restore']>;

export interface EntriesContract {
  /**
   * A removed repair attempt, estimate, 1:1 note, check-in or incident, back as it was, under a new id
   * (what named it, names it again); `conflict` when back already.
   */
  'entries:restore': (input: In) => RepairBid | TheirTrust | MeetingNote | MonitoringNote | Incident;
}

export const entriesHandlers = (ctx: ServiceContext) => ({
  'entries:restore': (i: In) => restoreEntry(ctx, i.relationshipId, i.list, i.entry),
});
