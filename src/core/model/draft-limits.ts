/**
 * How long a form's kept draft may be: its fields as JSON, at most this many characters (a form is a
 * few text areas of ≤ 20,000). Apart from draft.ts so the window can check it without loading zod.
 */
export const DRAFT_MAX_CHARS = 400_000;

/**
 * The member of an edit's draft that holds the record as it was when the edit began (the renderer's
 * draft-base.ts): not a field, and the first thing let go when a draft would be too long to keep.
 */
export const DRAFT_BASE_MEMBER = '@from';
