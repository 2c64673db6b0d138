import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYRING_FILE } from '../../../src/main/storage/keyring';
import { PASSPHRASE, enableEncryption, filesContaining, makeFolder, ok, openApp, removeFolder, seed, tree } from './helpers';

/**
 * Turning encryption on leaves no plain text anywhere in the data folder: not in a crashed save's temp
 * file (a dot-file, whatever pid it names), not in a dot-folder a sync tool keeps versions in, not in
 * any subfolder. Real data is sealed, leftover temps are removed. The same holds when a crash cut the
 * sealing short and the next unlock finishes it.
 */
const MARKER = 'Marker phrase: the quarterly review went badly';

let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-no-plain-');
});
afterEach(async () => {
  await removeFolder(dir);
});

/** Plain files with the marker in every kind of place, dot-files and temps included. */
async function plantPlaintext(root: string): Promise<string[]> {
  const at = Date.now() - 60_000;
  const files = [
    `relationships/.r1.json.${process.ppid}-abcd.tmp`, // old-style temp whose pid is alive (reused)
    `.index.json.ffeeddccbbaa9988.4242-${at.toString(36)}-abcd1234.tmp`, // another computer's temp
    `backups/relationships/r1.json/.s0000000009-x.a1b2c3d4e5f60718.77-${at.toString(36)}-abcd1234.tmp`,
    'backups/relationships/r1.json/s0000000001-2026-03-01T09-00-00.000Z-abcd1234',
    'damaged/r1.json.2026-03-01T09-00-00.000Z.json',
    'trash/r2-2026-03-01T09-00-00-000Z.json',
    'drafts/notes.txt',
    'logs/.notes',
    '.hidden-note',
    '.stversions/relationships/r1~20260301-090000.json',
    'something-else/deeper/file.md',
  ];
  for (const rel of files) {
    const file = path.join(root, ...rel.split('/'));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `{"text":"${MARKER}"}\n`);
  }
  return files;
}

describe('no plain text left once encryption is on', () => {
  it('seals or removes every plain file in the folder, dot-files and temps included', async () => {
    const app = await openApp(dir);
    const { secrets } = await seed(app.core);
    const planted = await plantPlaintext(dir);
    expect(filesContaining(await tree(dir), [MARKER]).length).toBe(planted.length);

    await enableEncryption(app.core, PASSPHRASE);

    const after = await tree(dir);
    expect(filesContaining(after, [MARKER, ...secrets])).toEqual([]);
    // Real data is kept (sealed), not thrown away: only the temp files went.
    expect(after.has('.hidden-note')).toBe(true);
    expect(after.has('something-else/deeper/file.md')).toBe(true);
    expect([...after.keys()].filter((rel) => rel.endsWith('.tmp'))).toEqual([]);
  });

  it('finishes the job at the next unlock when a crash cut sealing short', async () => {
    const app = await openApp(dir);
    const { secrets } = await seed(app.core);
    await enableEncryption(app.core, PASSPHRASE);
    // As if the process died mid-seal: the keyring still records the conversion, plain files remain.
    const keyringPath = path.join(dir, KEYRING_FILE);
    const keyring = JSON.parse(await fs.readFile(keyringPath, 'utf8')) as Record<string, unknown>;
    await fs.writeFile(keyringPath, JSON.stringify({ ...keyring, converting: 'seal' }));
    await plantPlaintext(dir);

    const again = await openApp(dir);
    await ok(again.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(filesContaining(await tree(dir), [MARKER, ...secrets])).toEqual([]);
  });
});
