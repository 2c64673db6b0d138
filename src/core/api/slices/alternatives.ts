import { z } from 'zod';
import { idSchema } from '../../model/common';
import type { ServiceContext } from '../../services/context';
import * as alternatives from '../../services/alternatives';

/** Texts two computers changed at once: both versions offered, one kept. */
export const alternativesSchemas = {
  'alternatives:list': z.strictObject({ relationshipId: idSchema }),
  'alternatives:resolve': z.strictObject({
    relationshipId: idSchema,
    record: z.string().min(1).max(200),
    field: z.string().min(1).max(100),
    version: z.string().min(1).max(100),
    choice: z.enum(['keep', 'drop']),
  }),
};

type In<C extends keyof typeof alternativesSchemas> = z.output<(typeof alternativesSchemas)[C]>;

export interface AlternativesContract {
  /** Every text in this person's journal that another computer also wrote at the same time. */
  'alternatives:list': (input: In<'alternatives:list'>) => alternatives.TextAlternative[];
  /** Keeps that version instead of the one shown, or drops it; every computer then shows the same. */
  'alternatives:resolve': (input: In<'alternatives:resolve'>) => { remaining: alternatives.TextAlternative[] };
}

export const alternativesHandlers = (ctx: ServiceContext) => ({
  'alternatives:list': (i: In<'alternatives:list'>) => alternatives.listAlternatives(ctx, i.relationshipId),
  'alternatives:resolve': (i: In<'alternatives:resolve'>) => alternatives.resolveAlternative(ctx, i),
});
