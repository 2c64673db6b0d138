import { z } from 'zod';
import { idSchema } from '../../model/common';
import { monitoringNoteFields, type MonitoringNote } from '../../model/monitoring-note';
import type { ServiceContext } from '../../services/context';
import * as notes from '../../services/monitoring-notes';

/** Monitoring notes: the leader's own distrust behaviour, logged in a few seconds. */
export const monitoringNotesSchemas = {
  'monitoring-notes:create': z.strictObject({ relationshipId: idSchema, ...monitoringNoteFields }),
  'monitoring-notes:update': z.strictObject({ relationshipId: idSchema, id: idSchema, ...monitoringNoteFields }),
  'monitoring-notes:delete': z.strictObject({ relationshipId: idSchema, id: idSchema }),
};

type In<C extends keyof typeof monitoringNotesSchemas> = z.output<(typeof monitoringNotesSchemas)[C]>;

export interface MonitoringNotesContract {
  /** Logs one moment (an extra check-in, took work back, …); backdating is fine, the future is not. */
  'monitoring-notes:create': (input: In<'monitoring-notes:create'>) => MonitoringNote;
  /**
   * Changes a check-in already logged (what was done, the note, the moment); the future is refused on
   * `at`, a note no longer there is `not-found`. A date left as saved is never refused.
   */
  'monitoring-notes:update': (input: In<'monitoring-notes:update'>) => MonitoringNote;
  /** Removes a note logged by mistake. */
  'monitoring-notes:delete': (input: In<'monitoring-notes:delete'>) => { deleted: true };
}

export const monitoringNotesHandlers = (ctx: ServiceContext) => ({
  'monitoring-notes:create': ({ relationshipId, ...fields }: In<'monitoring-notes:create'>) =>
    notes.createMonitoringNote(ctx, relationshipId, fields),
  'monitoring-notes:update': ({ relationshipId, id, ...fields }: In<'monitoring-notes:update'>) =>
    notes.updateMonitoringNote(ctx, relationshipId, id, fields),
  'monitoring-notes:delete': (i: In<'monitoring-notes:delete'>) => notes.deleteMonitoringNote(ctx, i.relationshipId, i.id),
});
