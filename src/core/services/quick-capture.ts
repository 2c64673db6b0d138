import { DomainError } from '../errors';
import { newRecordBase, nowIso } from '../model/common';
import type { Commitment, CommitmentFields } from '../model/commitment';
import type { MeetingNote, MeetingNoteFields } from '../model/meeting-note';
import { commitmentProblem, noteProblem, type CaptureProblem } from '../logic/quick-capture';
import type { ServiceContext } from './context';
import { createCommitment } from './commitments';
import { editRecord, findRecord } from './records';

/**
 * Quick capture: what an ordinary 1:1 produces, written down in a minute without a debrief. A
 * commitment agreed there counts toward the verdict like any other.
 */
function refuse(problem: CaptureProblem | null): void {
  if (problem) throw new DomainError('invalid-input', problem.message, { field: problem.field });
}

/** A commitment on its own; its due day may be today or later, never already past. */
export async function captureCommitment(ctx: ServiceContext, relationshipId: string, fields: CommitmentFields): Promise<Commitment> {
  refuse(commitmentProblem(fields, ctx.now()));
  return createCommitment(ctx, relationshipId, fields, null);
}

/** A short note of a 1:1 that has happened (backdating is fine). */
export async function captureNote(ctx: ServiceContext, relationshipId: string, fields: MeetingNoteFields): Promise<MeetingNote> {
  refuse(noteProblem(fields, ctx.now()));
  return ctx.store.update(relationshipId, (journal) => {
    const note: MeetingNote = { ...newRecordBase(ctx), ...fields };
    journal.meetingNotes.push(note);
    return note;
  });
}

/** Rewords a 1:1 note or moves it to the moment it really happened; the same rules as writing it. */
export async function updateNote(ctx: ServiceContext, relationshipId: string, id: string, fields: MeetingNoteFields): Promise<MeetingNote> {
  refuse(noteProblem(fields, ctx.now()));
  return ctx.store.update(relationshipId, (journal) => {
    const { list, next } = editRecord(journal.meetingNotes, id, '1:1 note', fields, nowIso(ctx));
    journal.meetingNotes = list;
    return next;
  });
}

/** Removes a 1:1 note written by mistake. */
export async function removeNote(ctx: ServiceContext, relationshipId: string, id: string): Promise<{ deleted: true }> {
  return ctx.store.update(relationshipId, (journal) => {
    const note = findRecord(journal.meetingNotes, id, '1:1 note', 'id');
    journal.meetingNotes = journal.meetingNotes.filter((n) => n !== note);
    return { deleted: true as const };
  });
}
