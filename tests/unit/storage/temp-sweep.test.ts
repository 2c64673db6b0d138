import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMendFolder } from '../../../src/main/compose';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { processStartMs } from '../../../src/main/storage/process-alive';
import { useDeviceForTemps } from '../../../src/main/storage/temp-names';
import { testPlatform } from '../../support/memory-file-store';
import { isTempName, listTree, makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * Temp files of durable writes carry the device and the process start, not only the pid, so a pid
 * reused by another program can never pass for a live writer: at start this computer's leftovers go,
 * whatever their pid, and another computer's (maybe live, through a synced folder) stay until a day old.
 */
const DEVICE = { id: 'a1b2c3d4e5f60718', name: 'This laptop' };
const OTHER_DEVICE = 'ffeeddccbbaa9988';
const DAY_MS = 24 * 60 * 60 * 1000;

let root: string;
beforeEach(async () => {
  root = await makeTempDir('mend-temps-');
});
afterEach(async () => {
  await removeTempDir(root);
});

/** A temp name as an earlier process of `device` would have made it: pid, then its start time. */
const tempName = (target: string, device: string, pid: number, startMs: number) =>
  `.${target}.${device}.${pid}-${startMs.toString(36)}-abcd1234.tmp`;

async function plant(rel: string, ageMs = 0): Promise<string> {
  const file = path.join(root, ...rel.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, 'half a journal: Sam Rivera');
  const at = new Date(Date.now() - ageMs);
  await fs.utimes(file, at, at);
  return rel;
}

async function open() {
  const { platform } = testPlatform();
  const { core, lock } = await openMendFolder({ dataFolder: root, platform: { ...platform, dataFolder: root }, device: DEVICE });
  return { core, release: () => lock.release() };
}

describe('leftover temp files at start', () => {
  it('sweeps a temp left by a crashed earlier process whose pid is now reused by a live process', async () => {
    // process.ppid is alive right now: exactly what a reused pid looks like to a pid-only check.
    const crashedStart = Date.now() - 60 * 60 * 1000;
    const reused = await plant(`relationships/${tempName('r1.json', DEVICE.id, process.ppid, crashedStart)}`);
    const deep = await plant(`backups/relationships/r1.json/${tempName('s0000000001-x', DEVICE.id, process.ppid, crashedStart)}`);
    const top = await plant(tempName('index.json', DEVICE.id, process.ppid, crashedStart));
    const app = await open();
    await app.release();
    const left = await listTree(root);
    for (const rel of [reused, deep, top]) expect(left).not.toContain(rel.split('/').join(path.sep));
  });

  it("keeps another computer's fresh temp (it may be saving right now) and sweeps one older than a day", async () => {
    const fresh = await plant(`relationships/${tempName('r1.json', OTHER_DEVICE, 4242, Date.now() - 1000)}`);
    const old = await plant(`relationships/${tempName('r2.json', OTHER_DEVICE, 4242, Date.now() - 3 * DAY_MS)}`, 2 * DAY_MS);
    const app = await open();
    await app.release();
    const left = (await listTree(root)).map((rel) => rel.split(path.sep).join('/'));
    expect(left).toContain(fresh);
    expect(left).not.toContain(old);
  });

  it('sweeps an old-style (pid only) temp whose pid is alive once it is older than a day', async () => {
    const stale = await plant(`relationships/.r1.json.${process.ppid}-abcd.tmp`, 2 * DAY_MS);
    const recent = await plant(`relationships/.r2.json.${process.ppid}-abcd.tmp`);
    const app = await open();
    await app.release();
    const left = (await listTree(root)).map((rel) => rel.split(path.sep).join('/'));
    expect(left).not.toContain(stale);
    expect(left).toContain(recent);
  });

  it('names its own temp files by device and process start, and never sweeps its own', async () => {
    const app = await open();
    const names: string[] = [];
    const spy = createNodeFileStore(root, {
      warn: () => undefined,
      fs: {
        ...(await import('../../../src/main/storage/fs-seam')).nodeFs,
        open: async (file, flags, mode) => {
          names.push(path.basename(file));
          return fs.open(file, flags, mode);
        },
      },
    });
    await spy.write('relationships/r9.json', new TextEncoder().encode('{}'));
    await app.release();
    const temp = names.find((n) => n.endsWith('.tmp'));
    expect(temp).toMatch(new RegExp(`^\\.r9\\.json\\.${DEVICE.id}\\.${process.pid}-[0-9a-z]+-[0-9a-f]+\\.tmp$`));
    expect((await listTree(root)).filter(isTempName)).toEqual([]);
  });

  it('while open, sweeps this computer\'s temp only when its writer is gone: a reused pid with another start time', async () => {
    useDeviceForTemps(DEVICE.id);
    const parentStart = processStartMs(process.ppid);
    expect(parentStart).not.toBeNull();
    const live = await plant(`relationships/${tempName('r1.json', DEVICE.id, process.ppid, parentStart!)}`);
    const reused = await plant(`relationships/${tempName('r2.json', DEVICE.id, process.ppid, parentStart! - 60 * 60 * 1000)}`);
    await createNodeFileStore(root, { warn: () => undefined }).write('relationships/r3.json', new TextEncoder().encode('{}'));
    const left = (await listTree(root)).map((rel) => rel.split(path.sep).join('/'));
    expect(left).toContain(live);
    expect(left).not.toContain(reused);
  });
});
