import { z } from 'zod';
import { WORK_KINDS, type WorkProgress } from '../../model/progress';
import type { ServiceContext } from '../../services/context';

export type { WorkKind, WorkProgress } from '../../model/progress';

/** Long work made visible: the window polls how far it is while it waits, and may stop what is safe to stop. */
export const progressSchemas = {
  'progress:current': z.strictObject({ kind: z.enum(WORK_KINDS).optional() }),
  'progress:cancel': z.strictObject({ kind: z.enum(WORK_KINDS) }),
};

type In<C extends keyof typeof progressSchemas> = z.output<(typeof progressSchemas)[C]>;

export interface ProgressContract {
  /**
   * The long work running now (of `kind` when given), or none. Counts and Mend's own words only;
   * answers while locked, so an unlock that finishes an encryption shows how far it is.
   */
  'progress:current': (input: In<'progress:current'>) => { work: WorkProgress | null };
  /**
   * Stops work of `kind` where stopping is safe (checking a backup, building the search index): it
   * ends leaving everything as before. `cancelled: false` when nothing stoppable was running.
   */
  'progress:cancel': (input: In<'progress:cancel'>) => { cancelled: boolean };
}

export const progressHandlers = (ctx: Pick<ServiceContext, 'progress'>) => ({
  'progress:current': async (i: In<'progress:current'>) => ({ work: ctx.progress?.current(i.kind) ?? null }),
  'progress:cancel': async (i: In<'progress:cancel'>) => ({ cancelled: ctx.progress?.cancel(i.kind) ?? false }),
});
