import { z } from 'zod';
import { HELD_MAX, heldDraftSchema, type HeldDraft } from '../../model/draft';
import { DomainError } from '../../errors';
import type { ServiceContext } from '../../services/context';

/** Unsaved text held in main's memory across a lock, offered back after the unlock. */
export const heldDraftsSchemas = {
  'held-drafts:hold': z.strictObject({ items: z.array(heldDraftSchema).max(HELD_MAX) }),
  'held-drafts:take': z.strictObject({}),
};

type In<C extends keyof typeof heldDraftsSchemas> = z.output<(typeof heldDraftsSchemas)[C]>;

export interface HeldDraftsContract {
  /** Holds what the page could not save, in memory only, just before Mend locks. */
  'held-drafts:hold': (input: In<'held-drafts:hold'>) => { held: number };
  /** After an unlock: everything held, once. Closed while Mend is locked, like every journal channel. */
  'held-drafts:take': (input: In<'held-drafts:take'>) => HeldDraft[];
}

const heldOf = (ctx: ServiceContext) => {
  if (!ctx.held) throw new DomainError('internal', 'Mend cannot hold unsaved text here.');
  return ctx.held;
};

export const heldDraftsHandlers = (ctx: ServiceContext) => ({
  'held-drafts:hold': async (i: In<'held-drafts:hold'>) => {
    heldOf(ctx).hold(i.items);
    return { held: i.items.length };
  },
  'held-drafts:take': async () => heldOf(ctx).take(),
});
