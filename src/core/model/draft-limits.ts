/**
 * How long a form's kept draft may be: its fields as JSON, at most this many characters (a form is a
 * few text areas of ≤ 20,000). Apart from draft.ts so the window can check it without loading zod.
 */
export const DRAFT_MAX_CHARS = 400_000;
