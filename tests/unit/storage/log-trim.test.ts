import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { decodeLog } from '../../../src/core/store/change-line';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';
import { value } from '../../support/sync-sim';

/**
 * Trimming: a computer drops lines of its own change logs only when every computer it still knows has
 * folded them into a snapshot. Random schedules over three computers (edits, restarts, transfers in any
 * direction, snapshots that arrive late or as conflict copies): after a full sync every acknowledged
 * edit is on every computer. A computer not seen for a month holds trimming back until it is forgotten.
 */
interface Dev {
  name: string;
  id: string;
  files: MemoryFileStore;
  core: Core | null;
  n: number;
}

const DAY = 86_400_000;

function world(names: string[]) {
  let wall = Date.parse('2026-12-01T09:00:00.000Z');
  const gaps: string[] = [];
  const devs: Dev[] = names.map((name, i) => ({ name, id: String(i + 1).repeat(16), files: new MemoryFileStore(), core: null, n: 0 }));
  return {
    devs,
    /** Reports of a log trimmed past the snapshot a computer holds: lines it needed were gone. */
    gaps,
    skip: (ms: number) => void (wall += ms),
    async open(d: Dev): Promise<Core> {
      d.core = await openCore({
        files: d.files,
        platform: testPlatform().platform,
        newId: () => `${d.name}-${++d.n}`,
        now: () => new Date((wall += 7)),
        device: { id: d.id, name: d.name },
        compactEvery: 2,
        reportSync: (p) => void (p.reason.includes('trimmed past') && gaps.push(`${d.name}: ${p.file}`)),
      });
      return d.core;
    },
  };
}

/** What a sync tool carries: a computer's own files whole (even when shorter: trimmed), snapshots as new files or conflict copies. */
function transfer(from: Dev, to: Dev, lateSnapshots: boolean): void {
  for (const [path, bytes] of from.files.files) {
    const own = path === `devices/${from.id}.json`;
    const ownLog = path.startsWith('logs/') && path.includes(`.${from.id}.log`) && !path.includes(' ');
    if (own || ownLog) {
      to.files.files.set(path, bytes.slice());
    } else if (path.startsWith('relationships/') && !path.includes(' ')) {
      const theirs = to.files.files.get(path);
      if (!theirs) to.files.files.set(path, bytes.slice());
      else if (!lateSnapshots && Buffer.compare(Buffer.from(theirs), Buffer.from(bytes)) !== 0) {
        to.files.files.set(path.replace(/\.json$/, ` (${from.name}'s conflicted copy ${to.files.files.size}).json`), bytes.slice());
      }
    }
  }
}

const rng = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const linesIn = (d: Dev) => [...d.files.files].filter(([p]) => p.startsWith('logs/') && p.includes(`.${d.id}.log`)).reduce((n, [, b]) => n + decodeLog(Buffer.from(b).toString('utf8')).lines.length, 0);

describe('trimming this computer\'s own change logs', () => {
  it('never drops a line another known computer has not folded (random schedules)', { timeout: 120_000 }, async () => {
    const started = Date.now();
    let schedules = 0;
    let trimmedSomewhere = 0;
    for (let seed = 1; seed <= 40 && Date.now() - started < 60_000; seed++) {
      const random = rng(seed);
      const w = world(['laptop', 'home', 'office']);
      const [a] = w.devs;
      const sam = await value<{ id: string }>(await w.open(a!), 'relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' });
      for (const d of w.devs) if (d !== a) transfer(a!, d, false);
      // Every computer has opened the folder once and the others have its record: they are known. (One
      // never heard of may see less until the newer snapshot reaches it; it never folds that gap in.)
      for (const d of w.devs) await w.open(d);
      for (const x of w.devs) for (const y of w.devs) if (x !== y) transfer(x, y, false);
      const written: string[] = [];
      for (let step = 0; step < 40; step++) {
        const d = w.devs[Math.floor(random() * w.devs.length)]!;
        const roll = random();
        if (roll < 0.45) {
          const note = `note ${seed}-${step} from ${d.name}`;
          const core = d.core ?? (await w.open(d));
          await value(core, 'monitoring-notes:create', { relationshipId: sam.id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note });
          written.push(note);
        } else if (roll < 0.65) {
          await w.open(d); // a restart: refresh, upkeep, trimming
        } else {
          // The receiving computer reads what arrived, as its folder watch would.
          const to = w.devs.filter((x) => x !== d)[Math.floor(random() * (w.devs.length - 1))]!;
          transfer(d, to, random() < 0.5);
          if (to.core) await value(to.core, 'journals:get', { relationshipId: sam.id });
          await w.open(to);
        }
        expect(w.gaps, `seed ${seed}, step ${step}: a computer lacked lines that were trimmed`).toEqual([]);
      }
      for (let round = 0; round < 3; round++) for (const x of w.devs) for (const y of w.devs) if (x !== y) transfer(x, y, false);
      for (const d of w.devs) {
        const journal = await value<{ monitoringNotes: { note: string }[] }>(await w.open(d), 'journals:get', { relationshipId: sam.id });
        expect(journal.monitoringNotes.map((m) => m.note).sort(), `${d.name}, seed ${seed}`).toEqual([...written].sort());
      }
      trimmedSomewhere += w.devs.filter((d) => [...d.files.files.keys()].some((p) => p.endsWith(`.${d.id}.log`) && decodeLog(Buffer.from(d.files.files.get(p)!).toString('utf8')).base > 0)).length;
      schedules++;
    }
    console.log(`trimming: ${schedules} random schedules over 3 computers, ${trimmedSomewhere} logs trimmed, no edit lost`);
    expect(schedules).toBeGreaterThanOrEqual(10);
    expect(trimmedSomewhere).toBeGreaterThan(0);
  });

  it('a computer not seen for a month holds trimming back until it is forgotten', async () => {
    const w = world(['laptop', 'old']);
    const [laptop, old] = w.devs as [Dev, Dev];
    const sam = await value<{ id: string }>(await w.open(laptop), 'relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' });
    transfer(laptop, old, false);
    await w.open(old);
    transfer(old, laptop, false);
    w.skip(40 * DAY);
    const core = await w.open(laptop);
    for (let i = 0; i < 6; i++) {
      await value(core, 'monitoring-notes:create', { relationshipId: sam.id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: `note ${i}` });
    }
    await w.open(laptop);
    expect(linesIn(laptop), 'the old computer has not folded these lines').toBeGreaterThanOrEqual(6);
    const listed = await value<{ id: string; name: string; canForget: boolean; thisDevice: boolean }[]>(await w.open(laptop), 'devices:list', {});
    expect(listed.map((d) => [d.name, d.thisDevice, d.canForget])).toEqual([['laptop', true, false], ['old', false, true]]);
    await value(laptop.core!, 'devices:forget', { id: old.id });
    await w.open(laptop);
    expect(linesIn(laptop), 'once forgotten, the folded lines go').toBeLessThan(2);
    const journal = await value<{ monitoringNotes: unknown[] }>(await w.open(laptop), 'journals:get', { relationshipId: sam.id });
    expect(journal.monitoringNotes).toHaveLength(6);
    // Forgotten, not gone: if it opens the folder again it counts again.
    expect((await value<{ forgotten: boolean }[]>(laptop.core!, 'devices:list', {}))[1]).toMatchObject({ forgotten: true });
  });
});
