import { newRecordBase } from '../model/common';
import type { MonitoringNote, MonitoringNoteFields } from '../model/monitoring-note';
import type { ServiceContext } from './context';
import { findRecord, refuseFuture } from './records';

/** Logs one moment of the leader's own distrust behaviour (an extra check-in, taking work back, …). */
export async function createMonitoringNote(
  ctx: ServiceContext,
  relationshipId: string,
  fields: MonitoringNoteFields,
): Promise<MonitoringNote> {
  refuseFuture(ctx.now(), fields.at, 'at', 'Log something that already happened. Pick now or an earlier time.');
  return ctx.store.update(relationshipId, (journal) => {
    const note: MonitoringNote = { ...newRecordBase(ctx), ...fields };
    journal.monitoringNotes.push(note);
    return note;
  });
}

/** Removes a note logged by mistake. */
export async function deleteMonitoringNote(ctx: ServiceContext, relationshipId: string, id: string): Promise<{ deleted: true }> {
  return ctx.store.update(relationshipId, (journal) => {
    const note = findRecord(journal.monitoringNotes, id, 'note', 'id');
    journal.monitoringNotes = journal.monitoringNotes.filter((n) => n !== note);
    return { deleted: true as const };
  });
}
