import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import { nodeFs } from '../../../src/main/storage/fs-seam';
import { openLogChunks } from '../../../src/main/storage/log-chunks';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * Change logs are read a chunk at a time into one reused buffer (log-chunks.ts), so a long one is never
 * held whole. Each chunk but the last ends just after a newline; the chunks together are the file as it
 * was when opened; and a journal read so is the journal read whole, with the same reports, and this
 * computer's own torn save still cut off.
 */
let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mend-log-chunks-');
});
afterEach(() => removeTempDir(dir));

function all(chunks: { next(): Uint8Array | null }): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let c = chunks.next(); c !== null; c = chunks.next()) out.push(new Uint8Array(c)); // copied: the buffer is reused
  return out;
}

describe('reading a log in chunks', () => {
  it('cuts after newlines, grows for a row longer than a chunk, and gives the torn tail last', async () => {
    const file = path.join(dir, 'a.log');
    const rows = ['short', 'x'.repeat(50), 'ü ✓ middle', 'y'.repeat(7)];
    const text = `${rows.join('\n')}\n{"torn`;
    await fs.writeFile(file, text);
    for (const size of [1, 4, 16, 64, 1 << 20]) {
      const chunks = (await openLogChunks(file, 'a.log', size))!;
      expect(chunks.size).toBe(Buffer.byteLength(text));
      const got = all(chunks);
      expect(Buffer.concat(got).toString()).toBe(text);
      for (const c of got.slice(0, -1)) expect(c.at(-1)).toBe(0x0a);
      if (size >= 1 << 20) expect(got).toHaveLength(1);
      expect(chunks.next()).toBeNull(); // closed at its end, and stays so
      chunks.close();
    }
  });

  it('reads the file as it was when opened, and says null for a file that is not there', async () => {
    const file = path.join(dir, 'b.log');
    await fs.writeFile(file, 'one\ntwo\n');
    const chunks = (await openLogChunks(file, 'b.log', 4))!;
    await fs.appendFile(file, 'three\n');
    expect(Buffer.concat(all(chunks)).toString()).toBe('one\ntwo\n');
    expect(await openLogChunks(path.join(dir, 'none.log'), 'none.log')).toBeNull();
  });

  it('lets go of the file when closed early', async () => {
    const file = path.join(dir, 'c.log');
    await fs.writeFile(file, 'one\ntwo\nthree\n');
    const chunks = (await openLogChunks(file, 'c.log', 4))!;
    expect(chunks.next()).not.toBeNull();
    chunks.close();
    chunks.close();
    expect(chunks.next()).toBeNull();
  });
});

describe('a journal read from logs in chunks', () => {
  const now = () => new Date('2026-12-01T09:00:00Z');
  const stamp = '2026-12-01T08:00:00.000Z';
  const laptop = { id: 'abcdef0123456789', name: 'laptop' };
  const home = { id: '0123456789abcdef', name: 'home' };

  async function write(): Promise<void> {
    const a = await JournalStore.open(createNodeFileStore(dir, { warn: () => undefined }), now, { device: laptop });
    await a.create({
      relationship: { id: 'r1', name: 'Sam', role: '', kind: 'peer', started: null, notes: 'laptop', archived: false, createdAt: stamp, updatedAt: stamp },
      incidents: [], preparations: [], debriefs: [], commitments: [], checks: [], monitoringNotes: [], meetingNotes: [], repairBids: [], followUps: [], theirTrust: [],
    });
    for (let i = 1; i <= 30; i++) {
      await a.update('r1', (j) => {
        j.relationship.notes = `laptop ${i} — ünïcödé`;
        j.monitoringNotes.push({ id: `m${i}`, createdAt: stamp, updatedAt: stamp, at: stamp, kind: 'other', note: 'words '.repeat(i) });
      });
    }
    const b = await JournalStore.open(createNodeFileStore(dir, { warn: () => undefined }), now, { device: home });
    for (let i = 1; i <= 10; i++) await b.update('r1', (j) => void (j.relationship.role = `home ${i}`));
  }

  async function read(options: Parameters<typeof createNodeFileStore>[1]): Promise<{ journal: unknown; reports: string[] }> {
    const reports: string[] = [];
    const store = await JournalStore.open(createNodeFileStore(dir, { warn: () => undefined, ...options }), now, { device: laptop, report: (p) => reports.push(`${p.file}:${p.line ?? ''}:${p.reason}`) });
    return { journal: await store.journal('r1'), reports };
  }

  it('is the journal read whole, damage and a sync tool\'s copy included', async () => {
    await write();
    const logs = path.join(dir, 'logs');
    const own = path.join(logs, `r1.${laptop.id}.log`);
    // A damaged row in the other computer's log, and a copy of it a sync tool made.
    const other = path.join(logs, `r1.${home.id}.log`);
    const rows = (await fs.readFile(other, 'utf8')).split('\n');
    rows[3] = rows[3]!.replace('home', 'hxme');
    await fs.writeFile(other, rows.join('\n'));
    await fs.copyFile(other, path.join(logs, `r1.${home.id} (conflicted copy).log`));
    const whole = await read({ fs: nodeFs });
    expect(whole.reports.length).toBeGreaterThan(0);
    for (const logChunkBytes of [1, 97, 4096]) expect(await read({ logChunkBytes })).toEqual(whole);
    expect((await fs.readFile(own)).length).toBeGreaterThan(4096);
  });

  it('still cuts this computer\'s own torn save, read in chunks', async () => {
    await write();
    const own = path.join(dir, 'logs', `r1.${laptop.id}.log`);
    const complete = await fs.readFile(own);
    await fs.appendFile(own, '{"t":"2026-12-01T09:00:00.000Z-0000-abcdef0123456789","d":"abc');
    const read1 = await read({ logChunkBytes: 64 });
    expect(read1.reports).toEqual([]);
    expect(await fs.readFile(own)).toEqual(complete);
  });
});
