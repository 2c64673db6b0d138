import { z } from 'zod';
import { isoDateTime, markdown, recordBase } from './common';

/**
 * A quick 1:1 note: what came up in an ordinary conversation, written in a minute, with no debrief.
 * Commitments agreed in it are added on their own (see services/quick-capture.ts).
 */
export const meetingNoteFields = {
  at: isoDateTime,
  text: markdown.trim().min(1, 'Write a line or two about the conversation.'),
};

export const meetingNoteSchema = z.strictObject({ ...recordBase, ...meetingNoteFields });

export type MeetingNote = z.infer<typeof meetingNoteSchema>;
export type MeetingNoteFields = Pick<MeetingNote, 'at' | 'text'>;
