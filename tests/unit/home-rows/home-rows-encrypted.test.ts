/**
 * Home's kept rows in an encrypted folder (the real stack: node storage, node vault, core): the rows
 * file is sealed, Home is right after lock/unlock, restarts and turning encryption off, and nothing of
 * the rows is set aside as damaged.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core/open-core';
import { isSealed } from '../../../src/main/storage/sealed-file';
import { FAST_KDF, PASSPHRASE, enableEncryption, filesContaining, makeFolder, ok, openApp, removeFolder, tree, type TestApp } from '../security/helpers';

const DAY = 86_400_000;
const clock = { now: new Date('2026-06-01T12:00:00.000Z') };
let n = 0;
const stamp = { now: () => clock.now, newId: () => `id-${(++n).toString().padStart(4, '0')}`, device: { id: 'c0ffee00c0ffee00', name: 'This computer' } };
const ratings = (level: number) => ({ reliability: level, competence: level, sincerity: null, care: level, reliance: level });

let dir: string;
const apps: TestApp[] = [];
beforeEach(async () => {
  dir = await makeFolder('mend-home-rows-');
  clock.now = new Date('2026-06-01T12:00:00.000Z');
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.core.settled?.().catch(() => undefined);
  await removeFolder(dir);
});

async function open(): Promise<TestApp> {
  const app = await openApp(dir, FAST_KDF, stamp);
  apps.push(app);
  return app;
}

async function rowsFiles(): Promise<string[]> {
  return [...(await tree(dir)).keys()].filter((rel) => /^devices\/[0-9a-f]{16}\/home-rows\.json$/.test(rel));
}
async function damagedRows(): Promise<string[]> {
  return [...(await tree(dir)).keys()].filter((rel) => rel.startsWith('damaged/home-rows'));
}

async function seedPeople(core: Core): Promise<string[]> {
  const ids: string[] = [];
  for (const name of ['Zelda Quimby', 'Ada Ortolan']) {
    const { id } = await ok(core, 'relationships:create', { name, role: 'Account lead', kind: 'peer', started: null, notes: 'private notes' });
    ids.push(id);
    await ok(core, 'incidents:create', {
      relationshipId: id, title: 'Missed the deadline', occurredAt: new Date(clock.now.getTime() - 50 * DAY).toISOString(), facts: 'Late.', impact: '',
      domains: ['reliability'], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'open',
    });
    for (const [d, l] of [[45, 2], [30, 3], [15, 4], [5, 5]] as const) {
      await ok(core, 'checks:create', { relationshipId: id, at: new Date(clock.now.getTime() - d * DAY).toISOString(), ratings: ratings(l), evidence: 'Seen.', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null });
    }
  }
  return ids;
}

/** Home worked out with no kept rows at all: the rows file removed, a fresh core opened (and unlocked). */
async function freshHome(encrypted: boolean): Promise<unknown> {
  for (const rel of await rowsFiles()) await fs.rm(path.join(dir, rel));
  const app = await open();
  if (encrypted) await ok(app.core, 'security:unlock', { passphrase: PASSPHRASE });
  return home(app.core);
}

async function home(core: Core): Promise<unknown> {
  // Saves' index writes land first (see the real-disk test below for Home shown right after a save).
  await core.settled?.();
  const people = (await ok(core, 'home:get', {})).people;
  await core.settled?.();
  return people;
}

/** The verdict words a Home shows, to look for them on disk. */
function verdictWords(people: unknown): string[] {
  return (people as { verdict: { label: string; reason: string } }[]).flatMap((p) => [p.verdict.label, p.verdict.reason]).filter((t) => t.length > 8);
}

describe('kept Home rows in an encrypted folder', () => {
  it('seals the rows file once encryption is on: no names, no verdict words, no plain JSON', async () => {
    const app = await open();
    await seedPeople(app.core);
    const before = await home(app.core);
    expect(await rowsFiles()).toHaveLength(1);
    await enableEncryption(app.core, PASSPHRASE);
    await home(app.core);
    // A change, so the rows are written again while sealing.
    const [zelda] = (before as { id: string }[]).map((p) => p.id);
    await ok(app.core, 'checks:create', { relationshipId: zelda!, at: clock.now.toISOString(), ratings: ratings(1), evidence: 'Seen.', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null });
    const after = await home(app.core);
    const files = await tree(dir);
    const [rows] = await rowsFiles();
    expect(isSealed(files.get(rows!)!), 'home-rows.json sealed').toBe(true);
    expect(filesContaining(files, ['Zelda Quimby', 'Ada Ortolan', ...verdictWords(before), ...verdictWords(after)])).toEqual([]);
    expect(files.get(rows!)!.subarray(0, 1).toString()).not.toBe('{');
  });

  it('shows a fresh Home after lock and unlock, and after a restart and unlock', async () => {
    const app = await open();
    await seedPeople(app.core);
    await enableEncryption(app.core, PASSPHRASE);
    const shown = await home(app.core);
    await ok(app.core, 'security:lock', {});
    await ok(app.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await home(app.core)).toEqual(shown);
    clock.now = new Date(clock.now.getTime() + 10 * DAY);
    const again = await open();
    await ok(again.core, 'security:unlock', { passphrase: PASSPHRASE });
    const restarted = await home(again.core);
    expect(restarted).toEqual(await freshHome(true));
    expect(await damagedRows()).toEqual([]);
  });

  it('leaves no plain text when Mend is locked right after Home, while its rows are still being written', async () => {
    const app = await open();
    await seedPeople(app.core);
    await enableEncryption(app.core, PASSPHRASE);
    await home(app.core);
    clock.now = new Date(clock.now.getTime() + 60 * DAY);
    const shown = (await ok(app.core, 'home:get', {})).people;
    await ok(app.core, 'security:lock', {});
    await app.core.settled?.();
    await new Promise((r) => setTimeout(r, 50));
    const files = await tree(dir);
    expect(filesContaining(files, ['Zelda Quimby', 'Ada Ortolan', ...verdictWords(shown)])).toEqual([]);
    for (const rel of await rowsFiles()) expect(isSealed(files.get(rel)!)).toBe(true);
    await ok(app.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await home(app.core)).toEqual(shown);
    expect(await damagedRows()).toEqual([]);
  });

  it('shows a fresh Home after encryption is turned off, sets nothing aside, and leaves the rows file plain', async () => {
    const app = await open();
    await seedPeople(app.core);
    await enableEncryption(app.core, PASSPHRASE);
    await home(app.core);
    await ok(app.core, 'security:disable', { passphrase: PASSPHRASE });
    const shown = await home(app.core);
    clock.now = new Date(clock.now.getTime() + 3 * DAY);
    const again = await open();
    const restarted = await home(again.core);
    expect(await damagedRows()).toEqual([]);
    const files = await tree(dir);
    for (const rel of await rowsFiles()) expect(isSealed(files.get(rel)!)).toBe(false);
    expect(restarted).toEqual(await freshHome(false));
    expect(shown).toBeDefined();
  });

  it('reuses its kept rows after a restart and unlock (the rows file is not worked out and written again)', async () => {
    const app = await open();
    await seedPeople(app.core);
    await enableEncryption(app.core, PASSPHRASE);
    await home(app.core);
    const [rows] = await rowsFiles();
    const bytes = (await tree(dir)).get(rows!)!;
    const again = await open();
    await ok(again.core, 'security:unlock', { passphrase: PASSPHRASE });
    await home(again.core);
    // Rows worked out again are written again (sealed afresh: other bytes); kept rows are not.
    expect((await tree(dir)).get(rows!)!.equals(bytes)).toBe(true);
  });

  it('keeps the row of a person saved just before Home was shown, on a real disk (plain folder)', async () => {
    const app = await open();
    const [zelda] = await seedPeople(app.core);
    await home(app.core);
    // A save, then Home at once (as the window does after a save): the index's write is still under way.
    await ok(app.core, 'checks:create', { relationshipId: zelda!, at: clock.now.toISOString(), ratings: ratings(1), evidence: 'Seen.', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null });
    const shown = (await ok(app.core, 'home:get', {})).people;
    await app.core.settled?.();
    // Home again, as the window does on its next visit: nothing new to work out.
    await home(app.core);
    const [rows] = await rowsFiles();
    const kept = JSON.parse((await tree(dir)).get(rows!)!.toString('utf8')) as { data: { rows: Record<string, { verdict: { label: string } }> } };
    expect(Object.keys(kept.data.rows).sort(), 'every person shown has a kept row').toEqual((shown as { id: string }[]).map((p) => p.id).sort());
    expect(kept.data.rows[zelda!]!.verdict.label).toBe((shown as { id: string; verdict: { label: string } }[]).find((p) => p.id === zelda)!.verdict.label);
  });

  it('sets a sealed rows file that cannot be opened aside in damaged/ (never overwritten), and Home is fresh', async () => {
    const app = await open();
    await seedPeople(app.core);
    await enableEncryption(app.core, PASSPHRASE);
    await home(app.core);
    const [rows] = await rowsFiles();
    const bytes = Buffer.from((await tree(dir)).get(rows!)!);
    bytes[bytes.length - 20]! ^= 0x01; // inside the ciphertext: the tag no longer matches
    await fs.writeFile(path.join(dir, rows!), bytes);
    clock.now = new Date(clock.now.getTime() + DAY);
    const again = await open();
    await ok(again.core, 'security:unlock', { passphrase: PASSPHRASE });
    const shown = await home(again.core);
    const files = await tree(dir);
    const aside = [...files].filter(([rel]) => rel.startsWith('damaged/home-rows-'));
    expect(aside.map(([, b]) => b.equals(bytes)), 'the damaged rows file, set aside byte for byte').toEqual([true]);
    expect(shown).toEqual(await freshHome(true));
  });
});
