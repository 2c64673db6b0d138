import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { decodeEnvelope } from '../../src/core/store/envelope';
import { summarize } from '../../src/core/store/summarize';
import { buildHome } from '../../src/core/logic/home';
import { journalSpec, journalPath, type Journal } from '../../src/core/model/journal';
import { measure, timed, type Figure, type SaveRuns } from './measure';
import { BENCH_NOW } from './generate';

/**
 * The naive reference: the whole journal in one lowdb JSONFile, as lowdb's README does it. Same data,
 * same Home computation; only the storage design differs.
 */
interface NaiveDb {
  relationships: Journal[];
}

export async function buildNaive(dir: string, ids: string[], target: string): Promise<void> {
  const relationships: Journal[] = [];
  for (const id of ids) relationships.push(decodeEnvelope(journalSpec, await readFile(join(dir, journalPath(id)))));
  const db = new Low<NaiveDb>(new JSONFile(target), { relationships });
  await db.write();
}

const openNaive = async (file: string) => {
  const db = new Low<NaiveDb>(new JSONFile(file), { relationships: [] });
  await db.read();
  return db;
};

export interface NaiveFigures {
  open: Figure;
  openLargest: Figure;
  save: Figure;
  home: Figure;
}

export async function benchNaive(file: string, largestId: string, runs: number, saves: SaveRuns): Promise<NaiveFigures> {
  const home = (db: Low<NaiveDb>) => buildHome(db.data.relationships.map((j) => summarize(j, new Date(BENCH_NOW))), new Date(BENCH_NOW));
  const open = await measure(runs, () => timed(async () => undefined, async () => home(await openNaive(file))));
  // Opening one relationship means opening the whole file first.
  const openLargest = await measure(runs, () =>
    timed(async () => undefined, async () => (await openNaive(file)).data.relationships.find((j) => j.relationship.id === largestId)),
  );
  const db = await openNaive(file);
  const largest = db.data.relationships.find((j) => j.relationship.id === largestId)!;
  let i = 0;
  const save = await measure(saves.runs, () =>
    timed(async () => undefined, async () => {
      largest.debriefs[0]!.theirView = `changed ${i++}`;
      await db.write();
    }),
    saves.warmUp,
  );
  const homeOnly = await measure(runs, () => timed(async () => undefined, async () => home(db)));
  return { open, openLargest, save, home: homeOnly };
}
