import { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import type { SpellingChoice } from '../../services/platform';

/** Spellcheck as you type: a per-computer choice, applied at once. */
export const spellingSchemas = {
  'spelling:get': z.strictObject({}),
  'spelling:set': z.strictObject({ enabled: z.boolean({ message: 'Choose on or off.' }) }),
};

type In<C extends keyof typeof spellingSchemas> = z.output<(typeof spellingSchemas)[C]>;

export interface SpellingContract {
  /** Whether spellcheck is on, and whether turning it on downloads dictionaries (Linux). */
  'spelling:get': (input: In<'spelling:get'>) => SpellingChoice;
  /** Turns spellcheck on or off on this computer, from now on. */
  'spelling:set': (input: In<'spelling:set'>) => SpellingChoice;
}

export const spellingHandlers = (ctx: ServiceContext) => ({
  'spelling:get': () => ctx.platform.readSpelling(),
  'spelling:set': async (i: In<'spelling:set'>) => {
    await ctx.platform.saveSpelling(i.enabled);
    return ctx.platform.readSpelling();
  },
});
