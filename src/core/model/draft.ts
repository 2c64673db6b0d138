import { z } from 'zod';
import type { EnvelopeSpec } from '../store/envelope';
import { DRAFT_BASE_MEMBER, DRAFT_MAX_CHARS } from './draft-limits';

/**
 * A form's unsaved text, kept in the journal folder while the record it will become does not exist
 * yet (a new incident, a new trust check, a new person) or while an edit is not saved. It lives with the
 * journal, not in the page's localStorage, so it is durable, encrypted with everything else, and
 * survives leaving the screen and a restart.
 */
export const DRAFTS_PATH = 'drafts.json';
export { DRAFT_BASE_MEMBER, DRAFT_MAX_CHARS };
export const DRAFTS_MAX = 500;

/** "incident:new:<person id>", "trust-check:new:<person id>", "person:<id>"…: a form and what it is for. */
export const draftKey = z
  .string()
  .min(3)
  .max(240)
  .regex(/^[a-z][a-z-]*(:[A-Za-z0-9_-]+)+$/, 'That draft key is not one Mend makes.');

const jsonFields = z
  .record(z.string().max(100), z.unknown())
  .refine((v) => JSON.stringify(v).length <= DRAFT_MAX_CHARS, 'This draft is too long to keep.');

export const draftSchema = z.strictObject({ fields: jsonFields, savedAt: z.string().max(40) });
export type Draft = z.infer<typeof draftSchema>;

export const draftsFileSchema = z.strictObject({ drafts: z.record(draftKey, draftSchema) });
export type DraftsFile = z.infer<typeof draftsFileSchema>;

export const draftsSpec: EnvelopeSpec<DraftsFile> = { kind: 'drafts', version: 1, schema: draftsFileSchema, migrations: {} };

/**
 * `opened`: what the form showed when it opened, given when it never learnt what was kept for it (the
 * look for its draft failed). A kept draft that differs from it was never shown, so the save lays
 * `fields` beside it (core/logic/draft-both.ts) instead of writing over it.
 */
export const draftFields = { key: draftKey, fields: jsonFields, opened: jsonFields.optional() };

/** Text a form could not save, held in main's memory while Mend is locked (never written, never sent to a locked page). */
export const heldDraftSchema = z.strictObject({
  key: draftKey,
  /** Text-free words for what it is ("a new incident"). */
  label: z.string().max(120),
  fields: jsonFields,
  /**
   * Held by a form that could not look for its kept draft: what it opened with (see draftFields). One
   * too long to hold is let go, not the whole hold refused: the words themselves are what must be kept.
   */
  opened: jsonFields.optional().catch(undefined),
});
export type HeldDraft = z.infer<typeof heldDraftSchema>;
export const HELD_MAX = 50;
