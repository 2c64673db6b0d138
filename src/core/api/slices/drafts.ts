import { z } from 'zod';
import { draftFields, draftKey, type Draft } from '../../model/draft';
import type { ServiceContext } from '../../services/context';
import * as drafts from '../../store/drafts';

/** Drafts: what a form holds before its record is saved, kept with the journal so nothing typed is lost. */
export const draftsSchemas = {
  'drafts:get': z.strictObject({ key: draftKey }),
  'drafts:keys': z.strictObject({ prefix: z.string().min(3).max(240) }),
  'drafts:save': z.strictObject(draftFields),
  'drafts:clear': z.strictObject({ key: draftKey }),
};

type In<C extends keyof typeof draftsSchemas> = z.output<(typeof draftsSchemas)[C]>;

export interface DraftsContract {
  /** The draft a form left, or null. */
  'drafts:get': (input: In<'drafts:get'>) => Draft | null;
  /** The keys of the drafts kept under a prefix (a person's reworded commitments), so an entry can say a change waits. */
  'drafts:keys': (input: In<'drafts:keys'>) => { keys: string[] };
  /** Keeps a form's fields durably until the record is saved or the draft is discarded (beside unseen kept words, given `opened`). */
  'drafts:save': (input: In<'drafts:save'>) => { saved: true; beside?: Record<string, unknown> };
  /** Forgets a draft once its record is saved, or when the user starts over. */
  'drafts:clear': (input: In<'drafts:clear'>) => { cleared: true };
}

export const draftsHandlers = (ctx: ServiceContext) => ({
  'drafts:get': (i: In<'drafts:get'>) => drafts.getDraft(ctx, i.key),
  'drafts:keys': (i: In<'drafts:keys'>) => drafts.draftKeys(ctx, i.prefix),
  'drafts:save': (i: In<'drafts:save'>) => drafts.saveDraft(ctx, i.key, i.fields, i.opened),
  'drafts:clear': (i: In<'drafts:clear'>) => drafts.clearDraft(ctx, i.key),
});
