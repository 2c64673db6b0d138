import { DRAFT_BASE_MEMBER as FROM, DRAFT_MAX_CHARS } from '../../../core/model/draft-limits';

/**
 * An edit kept as a draft remembers what it was written from: the record's values when the edit
 * began. Coming back to it later, the record may have been rewritten on the other computer meanwhile;
 * what the screen opens with this time is then not what the kept words changed, and taking it so would
 * make Save write them over the other computer's words (RewrittenOnBoth could not tell). With the
 * values they were written from, Save sees both sides changed and puts both versions on screen.
 *
 * They travel inside the draft's fields, under a name no form field has, so every path a draft takes
 * (the autosave, words held at a lock, the store's merge of two computers' drafts) carries them as
 * they are. A draft too long to carry both goes without them, as before.
 */
/** A snapshot of the form, with the values its words were written from when the form knows them. */
export function withBase<T extends object>(fields: T, base: T | undefined): Record<string, unknown> {
  const words = { ...fields } as Record<string, unknown>;
  if (base === undefined) return words;
  const out = { ...words, [FROM]: base };
  return JSON.stringify(out).length <= DRAFT_MAX_CHARS ? out : words;
}

/** A kept draft's words, and what they were written from when it says (a draft kept before it did, not). */
export function splitBase<T extends object>(kept: Record<string, unknown>): { fields: T; base: T | undefined } {
  const { [FROM]: base, ...fields } = kept;
  return { fields: fields as T, base: typeof base === 'object' && base !== null && !Array.isArray(base) ? (base as T) : undefined };
}
