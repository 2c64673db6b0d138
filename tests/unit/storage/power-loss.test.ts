import { describe, expect, it } from 'vitest';
import type { FsSeam } from '../../../src/main/storage/fs-seam';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { DiskModel } from './helpers/disk-model';
import { recordingFs, replay, type Op } from './helpers/recording-fs';

/**
 * Power-cut simulation. A few saves run against an in-memory disk model (helpers/disk-model.ts: only
 * fsynced data and fsynced folder entries are sure to survive; a journaling file system may also have
 * committed any prefix of the pending metadata changes). Every call is logged. Then, for every prefix
 * of the log, the disk is rebuilt and cut: each possible surviving image must hold the last
 * acknowledged save, or a newer one, as complete JSON.
 */
const ROOT = '/data/mend';
const TARGET = 'relationships/r1.json';
const enc = new TextEncoder();
const journal = (counter: number) =>
  enc.encode(JSON.stringify({ counter, padding: 'x'.repeat(200 + ((counter * 7919) % 3000)) }));

/** What a cut left, or why it breaks the promise. */
function judge(image: DiskModel, file: string, lastAck: number): string | null {
  let raw: Uint8Array;
  try {
    raw = image.readFile(file);
  } catch {
    return lastAck === 0 ? null : `file missing after save ${lastAck} was acknowledged`;
  }
  try {
    const { counter } = JSON.parse(new TextDecoder().decode(raw)) as { counter: number };
    return counter >= lastAck ? null : `holds save ${counter}, but save ${lastAck} was acknowledged`;
  } catch {
    return `not complete JSON (${raw.byteLength} bytes)`;
  }
}

function checkEveryCut(log: Op[], file: string): { cuts: number; images: number; failures: string[] } {
  const failures: string[] = [];
  let lastAck = 0;
  let images = 0;
  for (let cut = 0; cut <= log.length; cut++) {
    const previous = log[cut - 1];
    if (previous?.op === 'ack') lastAck = previous.counter;
    const disk = replay(log, cut, [ROOT]);
    for (const [committed, image] of disk.crashImages().entries()) {
      images++;
      const problem = judge(image, file, lastAck);
      if (problem) failures.push(`cut ${cut} after ${previous?.op ?? 'nothing'}, +${committed} pending: ${problem}`);
    }
  }
  return { cuts: log.length + 1, images, failures };
}

type Saver = (counter: number) => Promise<void>;

/** Makes a saver over a recording disk, runs `saves` saves, logging an ack after each one resolves. */
async function record(makeSaver: (fs: FsSeam) => Saver, saves: number): Promise<Op[]> {
  const log: Op[] = [];
  const save = makeSaver(recordingFs(new DiskModel([ROOT]), log));
  for (let counter = 1; counter <= saves; counter++) {
    await save(counter);
    log.push({ op: 'ack', counter });
  }
  return log;
}

/** lowdb/steno style: temp file, rename, no fsync at all. */
const naiveSaver = (fs: FsSeam) => async (counter: number) => {
  await fs.mkdir(`${ROOT}/relationships`);
  const temp = `${ROOT}/relationships/.r1.json.${counter}.tmp`;
  const handle = await fs.open(temp, 'wx');
  const bytes = journal(counter);
  await handle.write(bytes, 0, bytes.byteLength, 0);
  await handle.close();
  await fs.rename(temp, `${ROOT}/${TARGET}`);
};

describe('power loss', () => {
  it('never loses an acknowledged save, at any cut of any save', async () => {
    let clock = Date.parse('2025-01-01T00:00:00Z');
    const now = () => new Date((clock += 3_600_000));
    const log = await record((fs) => {
      const store = createNodeFileStore(ROOT, { fs, backups: { keepLast: 1, dailyDays: 1 }, now });
      return async (counter) => {
        await store.write(TARGET, journal(counter));
        if (counter % 3 === 0) await store.write('index.json', enc.encode(`{"n":${counter}}`)); // other traffic
      };
    }, 12);
    const { cuts, images, failures } = checkEveryCut(log, `${ROOT}/${TARGET}`);
    console.log(`power loss: ${cuts} cuts over ${log.length} logged operations, ${images} crash images checked`);
    expect(failures).toEqual([]);
    expect(log.filter((o) => o.op === 'unlink').length).toBeGreaterThan(0); // pruning ran inside the cuts
  });

  it('catches a writer that never fsyncs (the model is not vacuous)', async () => {
    const { failures } = checkEveryCut(await record(naiveSaver, 3), `${ROOT}/${TARGET}`);
    expect(failures.some((f) => f.includes('not complete JSON'))).toBe(true);
  });

  it('catches a writer that fsyncs the file but not the folder', async () => {
    const log = await record((fs) => {
      const store = createNodeFileStore(ROOT, { fs: { ...fs, syncDir: async () => undefined } });
      return (counter) => store.write(TARGET, journal(counter));
    }, 3);
    const { failures } = checkEveryCut(log, `${ROOT}/${TARGET}`);
    expect(failures.some((f) => f.includes('was acknowledged'))).toBe(true);
  });
});
