import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityOf } from '../../../src/main/storage/convert-folder';
import { decodeKeyring, KEYRING_FILE, unwrapKey } from '../../../src/main/storage/keyring';
import { PREVIOUS_KEYRING_FILE } from '../../../src/main/storage/keyring-file';
import { isSealed, openSealed, type DataKey } from '../../../src/main/storage/sealed-file';
import { bundleFixture, spawnNode } from '../storage/helpers/bundle';
import { FAST_KDF, PASSPHRASE, makeFolder, ok, openApp, removeFolder, seed, tree, enableEncryption } from './helpers';

/**
 * SIGKILL while a whole folder is being converted (encryption turned on, then off): after every kill,
 * each file must be whole and hold exactly what it held before, in one of its two forms, and the next
 * unlock must finish the job. The child is the real vault in its own process (bundled once, run by plain node).
 */
const ROUNDS_EACH_WAY = 8;
const CHILD = path.join(import.meta.dirname, 'fixtures', 'convert-child.ts');

let work: string;
let plainTemplate: string;
let sealedTemplate: string;
let originals: Map<string, Buffer>;
let child: string;

beforeAll(async () => {
  work = await makeFolder('mend-kill-convert-');
  child = await bundleFixture(CHILD, work);
  plainTemplate = path.join(work, 'plain');
  await fs.mkdir(plainTemplate);
  const app = await openApp(plainTemplate);
  await seed(app.core);
  for (let i = 0; i < 40; i++) {
    const { id } = await ok(app.core, 'relationships:create', { name: `Person ${i}`, role: '', kind: 'peer', started: null, notes: `Note ${i} `.repeat(200) });
    await ok(app.core, 'relationships:update', { id, name: `Person ${i}`, role: 'Edited', kind: 'peer', started: null, notes: `Note ${i} again` });
  }
  originals = await tree(plainTemplate);
  sealedTemplate = path.join(work, 'sealed');
  await fs.cp(plainTemplate, sealedTemplate, { recursive: true });
  await enableEncryption((await openApp(sealedTemplate)).core, PASSPHRASE);
}, 60_000);

afterAll(async () => {
  await removeFolder(work);
});

/** Runs the child; kills it `killAfterMs` after it says ready (or lets it finish). Returns ms from ready to exit. */
async function runChild(dir: string, mode: 'enable' | 'disable', killAfterMs: number | null): Promise<{ ms: number; killed: boolean }> {
  const running = spawnNode([child, dir, mode, PASSPHRASE]);
  let readyAt = 0;
  let stderr = '';
  running.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  running.stdout!.on('data', (c: Buffer) => {
    if (!readyAt && c.toString().includes('ready')) {
      readyAt = performance.now();
      if (killAfterMs !== null) setTimeout(() => running.kill('SIGKILL'), killAfterMs);
    }
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => running.on('close', (_code, sig) => resolve(sig)));
  if (signal === null && stderr) throw new Error(stderr);
  return { ms: performance.now() - readyAt, killed: signal === 'SIGKILL' };
}

/** Every file holds its original content, plain or sealed; returns how many of each. */
async function checkWhole(dir: string): Promise<{ plain: number; sealed: number; keyring: boolean }> {
  const files = await tree(dir);
  const key = await keyOf(files);
  const counts = { plain: 0, sealed: 0, keyring: files.has(KEYRING_FILE) };
  const names = [...files.keys()].filter((k) => k !== KEYRING_FILE && k !== PREVIOUS_KEYRING_FILE && !/(^|\/)\./.test(k));
  expect(names.sort()).toEqual([...originals.keys()].sort());
  for (const rel of names) {
    const bytes = files.get(rel)!;
    if (isSealed(bytes)) {
      expect(key, `${rel} is sealed but there is no keyring`).not.toBeNull();
      expect(Buffer.from(openSealed(key!, identityOf(rel), bytes)).equals(originals.get(rel)!), rel).toBe(true);
      counts.sealed++;
    } else {
      expect(bytes.equals(originals.get(rel)!), rel).toBe(true);
      counts.plain++;
    }
  }
  return counts;
}

async function keyOf(files: Map<string, Buffer>): Promise<DataKey | null> {
  const bytes = files.get(KEYRING_FILE);
  if (!bytes) return null;
  const keyring = decodeKeyring(bytes);
  if ('unreadable' in keyring) throw new Error('keyring torn: it must be written atomically');
  return unwrapKey(keyring, 'passphrase', PASSPHRASE);
}

async function round(template: string, mode: 'enable' | 'disable', killAfterMs: number, i: number) {
  const dir = path.join(work, `${mode}-${i}`);
  await fs.cp(template, dir, { recursive: true });
  const { killed } = await runChild(dir, mode, killAfterMs);
  const mid = await checkWhole(dir);
  // Opening the folder again finishes whatever was under way.
  const app = await openApp(dir, FAST_KDF);
  const status = await ok(app.core, 'security:status', {});
  if (status.encrypted) await ok(app.core, 'security:unlock', { passphrase: PASSPHRASE });
  const end = await checkWhole(dir);
  // Finished means one form throughout: all sealed under a keyring, or all plain with none.
  const finished = end.keyring ? end.plain === 0 : end.sealed === 0;
  expect(finished, `${mode} round ${i} finished after restart`).toBe(true);
  expect(await ok(app.core, 'relationships:list', {})).toHaveLength(42);
  await removeFolder(dir);
  return { killed, partial: mid.plain > 0 && mid.sealed > 0 };
}

describe('kill -9 during conversion', () => {
  it.each(['enable', 'disable'] as const)('turning encryption %s: every file stays readable in exactly one form', { timeout: 120_000 }, async (mode) => {
    const template = mode === 'enable' ? plainTemplate : sealedTemplate;
    const calibrate = path.join(work, `${mode}-calibrate`);
    await fs.cp(template, calibrate, { recursive: true });
    const { ms } = await runChild(calibrate, mode, null);
    await checkWhole(calibrate);
    const tally = { rounds: 0, killed: 0, partial: 0 };
    for (let i = 0; i < ROUNDS_EACH_WAY; i++) {
      // Spread over the whole conversion, from before the keyring lands to after the last file.
      const at = (ms * (i + Math.random())) / ROUNDS_EACH_WAY;
      const r = await round(template, mode, at, i);
      tally.rounds++;
      if (r.killed) tally.killed++;
      if (r.partial) tally.partial++;
    }
    console.log(`kill-9 conversion (${mode}): ${originals.size} files, ${ms.toFixed(0)} ms to convert, ${tally.rounds} rounds, ${tally.killed} killed, ${tally.partial} caught half-converted`);
    expect(tally.killed).toBeGreaterThan(0);
  });
});
