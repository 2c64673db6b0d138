/**
 * The rules a quick capture is checked against, shared by the form (so the message appears beside the
 * field before anything is sent) and the service (so nothing else can get round them).
 */
import { localDay } from './calendar';

export const QUICK_CAPTURE_MESSAGES = {
  text: 'Write the commitment in a few words.',
  pastDue: 'That day has already passed. Pick today or a later day, or leave the date empty.',
  noteText: 'Write a line or two about the conversation.',
  futureNote: 'Write about a conversation that has happened. Pick now or an earlier time.',
} as const;

export interface CaptureProblem {
  field: 'text' | 'dueAt' | 'at';
  message: string;
}

/** What is wrong with a new commitment on its own: no text, or a due day before today (local). */
export function commitmentProblem(fields: { text: string; dueAt: string | null }, now: Date): CaptureProblem | null {
  if (fields.text.trim() === '') return { field: 'text', message: QUICK_CAPTURE_MESSAGES.text };
  if (fields.dueAt !== null && fields.dueAt < localDay(now)) return { field: 'dueAt', message: QUICK_CAPTURE_MESSAGES.pastDue };
  return null;
}

/** Clock skew allowed between the window and the core when "now" was picked. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

/** What is wrong with a quick 1:1 note: no text, or a moment still to come. */
export function noteProblem(fields: { text: string; at: string }, now: Date): CaptureProblem | null {
  if (fields.text.trim() === '') return { field: 'text', message: QUICK_CAPTURE_MESSAGES.noteText };
  if (Date.parse(fields.at) > now.getTime() + FUTURE_SLACK_MS) return { field: 'at', message: QUICK_CAPTURE_MESSAGES.futureNote };
  return null;
}
