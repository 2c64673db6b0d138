import { z } from 'zod';
import { idSchema } from '../../model/common';
import type { ServiceContext } from '../../services/context';
import * as alternatives from '../../services/alternatives';
import * as raced from '../../services/raced-removals';

/** Texts two computers changed at once: both versions offered, one kept. Entries one removed while the other wrote. */
export const alternativesSchemas = {
  'alternatives:list': z.strictObject({ relationshipId: idSchema }),
  'alternatives:resolve': z.strictObject({
    relationshipId: idSchema,
    record: z.string().min(1).max(200),
    field: z.string().min(1).max(100),
    version: z.string().min(1).max(100),
    choice: z.enum(['keep', 'drop']),
  }),
  'raced-removals:list': z.strictObject({ relationshipId: idSchema }),
  'raced-removals:resolve': z.strictObject({
    relationshipId: idSchema,
    record: z.string().min(1).max(200),
    choice: z.enum(['bring-back', 'let-go']),
  }),
};

type In<C extends keyof typeof alternativesSchemas> = z.output<(typeof alternativesSchemas)[C]>;

export interface AlternativesContract {
  /** Every text in this person's journal that another computer also wrote at the same time. */
  'alternatives:list': (input: In<'alternatives:list'>) => alternatives.TextAlternative[];
  /** Keeps that version instead of the one shown, or drops it; every computer then shows the same. */
  'alternatives:resolve': (input: In<'alternatives:resolve'>) => { remaining: alternatives.TextAlternative[] };
  /** Entries removed on one computer while another was still writing in them: the words written meanwhile. */
  'raced-removals:list': (input: In<'raced-removals:list'>) => raced.RacedRemoval[];
  /** Brings such an entry back under a new id, or lets it go; every computer then stops offering it. */
  'raced-removals:resolve': (input: In<'raced-removals:resolve'>) => { remaining: raced.RacedRemoval[]; broughtBack: string | null };
}

export const alternativesHandlers = (ctx: ServiceContext) => ({
  'alternatives:list': (i: In<'alternatives:list'>) => alternatives.listAlternatives(ctx, i.relationshipId),
  'alternatives:resolve': (i: In<'alternatives:resolve'>) => alternatives.resolveAlternative(ctx, i),
  'raced-removals:list': (i: In<'raced-removals:list'>) => raced.listRacedRemovals(ctx, i.relationshipId),
  'raced-removals:resolve': (i: In<'raced-removals:resolve'>) => raced.resolveRacedRemoval(ctx, i),
});
