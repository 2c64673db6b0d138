import { newRecordBase, nowIso } from '../model/common';
import type { MonitoringNote, MonitoringNoteFields } from '../model/monitoring-note';
import type { ServiceContext } from './context';
import { editRecord, findRecord, refuseFuture } from './records';

const FUTURE = 'Log something that already happened. Pick now or an earlier time.';

/** Logs one moment of the leader's own distrust behaviour (an extra check-in, taking work back, …). */
export async function createMonitoringNote(
  ctx: ServiceContext,
  relationshipId: string,
  fields: MonitoringNoteFields,
): Promise<MonitoringNote> {
  refuseFuture(ctx.now(), fields.at, 'at', FUTURE);
  return ctx.store.update(relationshipId, (journal) => {
    const note: MonitoringNote = { ...newRecordBase(ctx), ...fields };
    journal.monitoringNotes.push(note);
    return note;
  });
}

/** Changes what was done, the note or the moment of a check-in already logged. */
export async function updateMonitoringNote(
  ctx: ServiceContext,
  relationshipId: string,
  id: string,
  fields: MonitoringNoteFields,
): Promise<MonitoringNote> {
  refuseFuture(ctx.now(), fields.at, 'at', FUTURE);
  return ctx.store.update(relationshipId, (journal) => {
    const { list, next } = editRecord(journal.monitoringNotes, id, 'note', fields, nowIso(ctx));
    journal.monitoringNotes = list;
    return next;
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
