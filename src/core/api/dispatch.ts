import type { ZodError } from 'zod';
import { isChannel } from './channels';
import { inputSchemas } from './schemas';
import type { Handlers } from './handlers';
import type { Channel } from './contract';
import type { Result } from './result';
import { DomainError } from '../errors';
import { EDITS, mistypedDate, MISTYPED_YEAR } from '../logic/typed-dates';

/**
 * The single entry point for every call: checks the channel, validates the input, runs the handler,
 * and turns any failure into a Result with a code and a message a person can act on. Never throws.
 */
export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, code: 'invalid-input', message: 'Mend does not know that request.' };
  }
  const parsed = inputSchemas[channel].safeParse(raw ?? {});
  if (!parsed.success) return invalidInput(parsed.error);
  const slip = EDITS.has(channel) ? null : mistypedDate(parsed.data);
  if (slip) return { ok: false, code: 'invalid-input', message: MISTYPED_YEAR, field: slip };
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return failure(channel, e);
  }
}

function invalidInput(error: ZodError): Result<never> {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = issue ? describeIssue(issue) : 'Something in this form is not valid.';
  return field ? { ok: false, code: 'invalid-input', message, field } : { ok: false, code: 'invalid-input', message };
}

/** zod's own messages for wrong types and unknown keys are written for programmers; these are for people. */
function describeIssue(issue: ZodError['issues'][number]): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Mend does not expect ${issue.keys.map((k) => `“${k}”`).join(', ')} here.`;
    case 'invalid_type':
      // zod 4 keeps no `input` on issues, so its default message is the only way to tell "missing" apart.
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return issue.message.endsWith('received undefined')
        ? `${fieldName(issue.path)} is missing.`
        : `${fieldName(issue.path)} has the wrong kind of value.`;
    default:
      return issue.message;
  }
}

const fieldName = (path: readonly PropertyKey[]): string => {
  const last = path[path.length - 1];
  return last === undefined ? 'A value' : `“${String(last)}”`;
};

function failure(channel: Channel, e: unknown): Result<never> {
  if (e instanceof DomainError) {
    const field = typeof e.detail?.field === 'string' ? e.detail.field : undefined;
    return { ok: false, code: e.code, message: e.message, ...(field ? { field } : {}), ...(e.detail ? { detail: e.detail } : {}) };
  }
  // Unexpected: report the channel only; never the input, which may hold journal text.
  return { ok: false, code: 'internal', message: `Something went wrong in Mend (${channel}). Nothing was changed.` };
}
