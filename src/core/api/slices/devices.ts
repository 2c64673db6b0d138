import { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import { confirmOrStop, confirmations } from '../../services/confirm';
import { DomainError } from '../../errors';
import type { DeviceInfo } from '../../store/device-upkeep';
import type { ReadProblem } from '../../services/read-problems';

/** The computers that share this data folder (Settings → Computers), and forgetting one long gone. */
export const devicesSchemas = {
  'devices:list': z.strictObject({}),
  'devices:forget': z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/, 'That is not a computer Mend knows.') }),
  'devices:read-problems': z.strictObject({}),
};

type In<C extends keyof typeof devicesSchemas> = z.output<(typeof devicesSchemas)[C]>;

export interface DevicesContract {
  /** Every computer seen in this folder: this one first, then the others, most recently seen first. */
  'devices:list': (input: In<'devices:list'>) => DeviceInfo[];
  /** Forgets a computer not seen for a long time, after a confirmation main asks; it no longer holds old change lines back. */
  'devices:forget': (input: In<'devices:forget'>) => { forgotten: true };
  /** What Mend could not read in the folder and left out since it started, newest first (names, never text). */
  'devices:read-problems': (input: In<'devices:read-problems'>) => ReadProblem[];
}

const order = (a: DeviceInfo, b: DeviceInfo): number =>
  Number(b.thisDevice) - Number(a.thisDevice) || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '');

export const devicesHandlers = (ctx: ServiceContext) => ({
  'devices:list': async () => (await ctx.store.devices()).sort(order),
  'devices:read-problems': async () => {
    const problems = ctx.readProblems;
    // Asked by the page as it starts: with nothing found, no computer's record is read to name them.
    if (!problems || problems.size === 0) return [];
    const computers = new Map((await ctx.store.devices().catch(() => [])).map((d) => [d.id, d.name]));
    return problems.list(ctx.store.summaries(), computers);
  },
  'devices:forget': async (i: In<'devices:forget'>) => {
    const found = (await ctx.store.devices()).find((d) => d.id === i.id);
    if (!found?.canForget) {
      throw new DomainError('conflict', found?.thisDevice ? 'This is the computer you are using; it cannot be forgotten.' : 'Only a computer that has not opened this folder for a month can be forgotten.');
    }
    await confirmOrStop(ctx.platform, confirmations.forgetDevice(found.name));
    if (!(await ctx.store.forgetDevice(i.id))) throw new DomainError('conflict', 'That computer could not be forgotten. Try again.');
    return { forgotten: true as const };
  },
});
