import { z } from 'zod';
import { idSchema } from '../../model/common';
import { commitmentFields, type Commitment } from '../../model/commitment';
import { meetingNoteFields, type MeetingNote } from '../../model/meeting-note';
import type { ServiceContext } from '../../services/context';
import * as capture from '../../services/quick-capture';

/** Quick capture: a commitment on its own and a short 1:1 note, without a debrief. */
export const quickCaptureSchemas = {
  'capture:commitment': z.strictObject({ relationshipId: idSchema, ...commitmentFields }),
  'capture:note': z.strictObject({ relationshipId: idSchema, ...meetingNoteFields }),
  'capture:update-note': z.strictObject({ relationshipId: idSchema, id: idSchema, ...meetingNoteFields }),
  'capture:remove-note': z.strictObject({ relationshipId: idSchema, id: idSchema }),
};

type In<C extends keyof typeof quickCaptureSchemas> = z.output<(typeof quickCaptureSchemas)[C]>;

export interface QuickCaptureContract {
  /**
   * Adds an open commitment agreed outside a debrief (owner, text, optional due day). A due day
   * before today is refused on `dueAt`; empty text on `text`.
   */
  'capture:commitment': (input: In<'capture:commitment'>) => Commitment;
  /** Writes a short note of a 1:1 that has happened; empty text is refused on `text`, the future on `at`. */
  'capture:note': (input: In<'capture:note'>) => MeetingNote;
  /**
   * Rewords a 1:1 note or moves its moment: empty text is refused on `text`, the future on `at`, a note
   * no longer there is `not-found`. A date left as saved is never refused.
   */
  'capture:update-note': (input: In<'capture:update-note'>) => MeetingNote;
  /** Removes a 1:1 note written by mistake. */
  'capture:remove-note': (input: In<'capture:remove-note'>) => { deleted: true };
}

export const quickCaptureHandlers = (ctx: ServiceContext) => ({
  'capture:commitment': ({ relationshipId, ...fields }: In<'capture:commitment'>) => capture.captureCommitment(ctx, relationshipId, fields),
  'capture:note': ({ relationshipId, ...fields }: In<'capture:note'>) => capture.captureNote(ctx, relationshipId, fields),
  'capture:update-note': ({ relationshipId, id, ...fields }: In<'capture:update-note'>) => capture.updateNote(ctx, relationshipId, id, fields),
  'capture:remove-note': (i: In<'capture:remove-note'>) => capture.removeNote(ctx, i.relationshipId, i.id),
});
