import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Core } from '../../src/core/open-core';
import { composeCore } from '../../src/main/compose';
import { measure, summarise, timed, warm, type Figure, type SaveRuns } from './measure';
import { HOME_ROWS_FILE } from '../../src/core/store/home-rows';
import { BENCH_NOW } from './generate';
import { testPlatform } from '../support/memory-file-store';
import { debriefSaver } from './debrief-saves';

/**
 * Mend's own figures on a data folder: the app's composition root (real durable storage, the saved
 * backup policy, the vault), without the folder lock, since the bench opens one folder many times.
 */
const platform = (dir: string) => ({ ...testPlatform().platform, dataFolder: dir });
/** As main opens it: with a device identity, so a save is an append to this computer's change log. */
export const BENCH_DEVICE = { id: 'b0b0b0b0b0b0b0b0', name: 'bench' };
/**
 * The search worker the app runs: `npm run bench` builds the app first, and the built script is
 * timed, not its TypeScript source compiled on the fly at each worker's start (a cost the app never
 * pays). Without a build (a probe run alone) the source is used, and `searchWorkerUsed` says so.
 */
const BUILT_WORKER = resolve(import.meta.dirname, '../../out/main/search-worker.js');
export const searchWorkerUsed = (): string => (existsSync(BUILT_WORKER) ? 'the built worker (out/main)' : 'the worker from source (no build)');
export const openOurs = (dir: string): Promise<Core> =>
  composeCore({
    dataFolder: dir, platform: platform(dir), newId: randomUUID, now: () => new Date(BENCH_NOW), device: BENCH_DEVICE,
    ...(existsSync(BUILT_WORKER) ? { searchWorker: BUILT_WORKER } : {}),
  });

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; message?: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`bench call failed: ${r.message}`);
  return r.value as T;
}

/**
 * One timed open to Home's data: the core on the folder, then all of Home (`home:get`). What the open
 * writes after it in the background (the index cache, Home's kept rows) is awaited untimed before the
 * next open, as main awaits it before letting go of the folder at a quit (compose.ts): without that, a
 * start straight after a first one found none of its rows kept yet, which no two real starts do.
 */
export async function openToHome(dir: string): Promise<number> {
  let core: Core | null = null;
  const ms = await timed(async () => undefined, async () => {
    core = await openOurs(dir);
    await ok(core.call('home:get', {}));
  });
  await (core as Core | null)?.settled?.();
  return ms;
}

/**
 * Open to Home with no Home rows kept from an earlier start (store/home-rows.ts): a first start, or a
 * start after every verdict's moment has passed, so every verdict is worked out. Each open's rows are
 * written before the next open's are removed, so none of them finds any.
 */
export async function openToHomeWithoutKeptRows(dir: string, runs: number): Promise<Figure> {
  const kept = join(dir, 'devices', BENCH_DEVICE.id, HOME_ROWS_FILE);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await rm(kept, { force: true });
    let core: Core | null = null;
    times.push(await timed(async () => undefined, async () => {
      core = await openOurs(dir);
      await ok(core.call('home:get', {}));
    }));
    await (core as Core | null)?.settled?.();
  }
  return summarise(times);
}

/**
 * Mend's L save once V8 has optimised the save's code: `settled.warmUp` untimed saves, then
 * `settled.runs` timed, on a folder of its own (run.ts copies L), since thousands of saves leave a long
 * log that the next open of the folder would read and trim, and the renderer and search figures open L.
 */
export async function benchSettledSave(dir: string, largestId: string, settled: SaveRuns): Promise<Figure & { warmUp: number }> {
  const core = await openOurs(dir);
  const save = await debriefSaver(core, largestId);
  let i = 0;
  const figure = await measure(settled.runs, () => timed(async () => undefined, () => save(i++)), settled.warmUp);
  await core.settled?.();
  return { ...figure, warmUp: settled.warmUp };
}

/**
 * Open to Home once V8 has optimised the open's code: `warmUp` untimed opens first. The standard row
 * times the nine opens straight after the folder was generated (the first of them builds this computer's
 * index cache), while V8 is still compiling the open's and Home's code.
 */
export async function benchSettledOpen(dir: string, runs: number, warmUp: number): Promise<Figure & { warmUp: number }> {
  const figure = await measure(runs, () => openToHome(dir), warmUp);
  return { ...figure, warmUp };
}

export interface OursFigures {
  open: Figure;
  /** Open to Home with no kept Home rows, timed straight after `open` (openToHomeWithoutKeptRows). */
  openWithoutKeptRows: Figure;
  openLargest: Figure;
  save: Figure;
  home: Figure;
  /** Bytes one save appends to this device's change log, on average. */
  saveBytes: number;
}

export async function benchOurs(dir: string, largestId: string, runs: number, saves: SaveRuns): Promise<OursFigures> {
  const open = await measure(runs, () => openToHome(dir));
  const openWithoutKeptRows = await openToHomeWithoutKeptRows(dir, runs);
  const openLargest = await measure(runs, () =>
    timed(() => openOurs(dir), (core) => ok(core.call('journals:get', { relationshipId: largestId }))),
  );
  const core = await openOurs(dir);
  const journal = await ok<{ debriefs: Record<string, unknown>[] }>(core.call('journals:get', { relationshipId: largestId }));
  const draft = await ok<Record<string, unknown>>(core.call('debriefs:start', { relationshipId: largestId, preparationId: null, incidentId: null }));
  const template = journal.debriefs[0]!;
  const fields = (i: number) => ({
    relationshipId: largestId, id: draft.id, heldAt: template.heldAt, steps: template.steps, theirView: `${template.theirView} (${i})`,
    diagnosis: template.diagnosis, surprised: template.surprised, learned: template.learned, differently: template.differently,
    fewerCommitmentsReason: '', commitmentDrafts: [],
  });
  let i = 0;
  const log = join(dir, 'logs', `${largestId}.${BENCH_DEVICE.id}.log`);
  const sizeOf = async () => (await stat(log).catch(() => ({ size: 0 }))).size;
  const saveOnce = () => timed(async () => undefined, () => ok(core.call('debriefs:save', fields(i++))));
  await warm(saves.warmUp, saveOnce); // as every other column of the save table is warmed (measure.ts)
  const before = await sizeOf();
  const save = await measure(saves.runs, saveOnce);
  const saveBytes = Math.round((await sizeOf() - before) / saves.runs);
  await ok(core.call('debriefs:discard', { relationshipId: largestId, id: draft.id }));
  const home = await measure(runs, () => timed(async () => undefined, () => ok(core.call('home:get', {}))));
  await core.settled?.();
  return { open, openWithoutKeptRows, openLargest, save, home, saveBytes };
}
