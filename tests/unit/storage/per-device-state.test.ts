import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeCore } from '../../../src/main/compose';
import { encodeEnvelope } from '../../../src/core/store/envelope';
import { draftsSpec } from '../../../src/core/model/draft';
import { intentsSpec } from '../../../src/core/services/intents';
import { testPlatform } from '../../support/memory-file-store';
import { callOk } from '../../support/typed-call';
import { listTree, makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * Two computers on one synced folder: each keeps its own index cache, drafts and pending work, so
 * neither overwrites the other's; both list the same people, derived from the journals.
 */
const LAPTOP = { id: '1a1a1a1a1a1a1a1a', name: 'Laptop' };
const HOME = { id: '2b2b2b2b2b2b2b2b', name: 'Home' };

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mend-per-device-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const open = async (device: { id: string; name: string }) => {
  const core = await composeCore({ dataFolder: dir, platform: testPlatform().platform, newId: randomUUID, device });
  return callOk(core);
};
const person = (name: string) => ({ name, role: '', kind: 'peer' as const, started: null, notes: '' });

async function mtimes(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const p of await listTree(dir)) out.set(p, (await stat(join(dir, p))).mtimeMs);
  return out;
}

describe('state that belongs to one computer', () => {
  it('two computers open at once never overwrite each other\'s drafts or index', async () => {
    const laptop = await open(LAPTOP);
    const home = await open(HOME);
    const sam = await laptop('relationships:create', person('Sam'));
    await laptop('drafts:save', { key: `incident:new:${sam.id}`, fields: { facts: 'typed on the laptop' } });
    const before = await mtimes();
    // Home still holds what it read at open; its saves must not replace the laptop's files.
    const ana = await home('relationships:create', person('Ana'));
    await home('drafts:save', { key: `incident:new:${ana.id}`, fields: { facts: 'typed at home' } });
    const after = await mtimes();
    const touched = [...after].filter(([p, t]) => before.get(p) !== t).map(([p]) => p.split('\\').join('/'));
    for (const p of touched) expect(p, `home wrote ${p}`).toMatch(new RegExp(`^(devices/${HOME.id}/|logs/[^/]+\\.${HOME.id}\\.log$|relationships/${ana.id}\\.json$|backups/relationships/${ana.id}\\.json/)`));

    const laptopAgain = await open(LAPTOP);
    const homeAgain = await open(HOME);
    expect(await laptopAgain('drafts:get', { key: `incident:new:${sam.id}` })).toMatchObject({ fields: { facts: 'typed on the laptop' } });
    expect(await homeAgain('drafts:get', { key: `incident:new:${ana.id}` })).toMatchObject({ fields: { facts: 'typed at home' } });
    // A draft stays on the computer it was started on.
    expect(await homeAgain('drafts:get', { key: `incident:new:${sam.id}` })).toBeNull();
    const names = async (c: typeof laptop) => (await c('relationships:list', {})).map((r) => r.name).sort();
    expect(await names(laptopAgain)).toEqual(['Ana', 'Sam']);
    expect(await names(homeAgain)).toEqual(['Ana', 'Sam']);
    const tree = await listTree(dir);
    expect(tree.filter((p) => !p.split('\\').join('/').includes('devices/') && /index|drafts|pending-work/.test(p))).toEqual([]);
    expect(tree.some((p) => p.startsWith(join('devices', LAPTOP.id, 'index')))).toBe(true);
    expect(tree.some((p) => p.startsWith(join('devices', HOME.id, 'index')))).toBe(true);
  });

  it('takes over the shared drafts and pending work of an older Mend once, on the first computer that opens', async () => {
    const first = await open(LAPTOP);
    const sam = await first('relationships:create', person('Sam'));
    const key = `incident:new:${sam.id}`;
    await writeFile(join(dir, 'drafts.json'), encodeEnvelope(draftsSpec, { drafts: { [key]: { fields: { facts: 'from before' }, savedAt: '2026-11-30T10:00:00.000Z' } } }));
    await mkdir(join(dir, 'devices'), { recursive: true });
    const laptop = await open(LAPTOP);
    expect(await laptop('drafts:get', { key })).toMatchObject({ fields: { facts: 'from before' } });
    const shared = JSON.parse(await readFile(join(dir, 'drafts.json'), 'utf8')) as { data: { drafts: object } };
    expect(shared.data.drafts).toEqual({});
    expect(await (await open(LAPTOP))('drafts:get', { key })).toMatchObject({ fields: { facts: 'from before' } });
    expect(await (await open(HOME))('drafts:get', { key })).toBeNull();
  });

  it('finishes a delete an older Mend left in the shared pending list, and empties that list', async () => {
    const first = await open(LAPTOP);
    const sam = await first('relationships:create', person('Sam'));
    await first('relationships:create', person('Ana'));
    await writeFile(join(dir, 'pending-work.json'), encodeEnvelope(intentsSpec, { pending: [{ op: 'delete', relationshipId: sam.id }] }));
    const home = await open(HOME);
    expect((await home('relationships:list', {})).map((r) => r.name)).toEqual(['Ana']);
    const shared = JSON.parse(await readFile(join(dir, 'pending-work.json'), 'utf8')) as { data: { pending: unknown[] } };
    expect(shared.data.pending).toEqual([]);
    expect((await (await open(LAPTOP))('relationships:list', {})).map((r) => r.name)).toEqual(['Ana']);
  });
});
