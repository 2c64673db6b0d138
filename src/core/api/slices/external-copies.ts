import { z } from 'zod';
import type { ExternalCopy } from '../../model/external-copies';
import type { ServiceContext } from '../../services/context';

/** Copies outside Mend: exports and backups written elsewhere, unencrypted, listed per computer. */
export const externalCopiesSchemas = {
  'copies:list': z.strictObject({}),
  'copies:forget': z.strictObject({ id: z.string().min(1, { message: 'Choose a copy to forget.' }).max(100) }),
};

type In<C extends keyof typeof externalCopiesSchemas> = z.output<(typeof externalCopiesSchemas)[C]>;

export interface ExternalCopiesContract {
  /** Every export this computer remembers, newest first, with whether its file is still there. */
  'copies:list': (input: In<'copies:list'>) => ExternalCopy[];
  /** Forgets one entry (the file is left alone) and answers the list as it is now. */
  'copies:forget': (input: In<'copies:forget'>) => ExternalCopy[];
}

export const externalCopiesHandlers = (ctx: ServiceContext) => ({
  'copies:list': async () => (ctx.copies ? ctx.copies.list() : []),
  'copies:forget': async (i: In<'copies:forget'>) => {
    if (!ctx.copies) return [];
    await ctx.copies.forget(i.id);
    return ctx.copies.list();
  },
});
