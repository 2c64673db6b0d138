import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookAtFolder } from '../../../src/main/folder-look';
import { FOLDER_FILE, FOLDER_FORMAT } from '../../../src/main/storage/folder-format';
import { KEYRING_FILE } from '../../../src/main/storage/keyring';
import { listTree, makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

/**
 * What a folder the person picked in Settings holds, judged read only: every look is tested with real
 * folders, and each test checks that looking wrote nothing.
 */
let root: string;
let current: string;
beforeEach(async () => {
  root = await makeTempDir('mend-folder-look-');
  current = path.join(root, 'current');
  await fs.mkdir(path.join(current, 'relationships'), { recursive: true });
  await fs.writeFile(path.join(current, FOLDER_FILE), JSON.stringify({ mend: 'folder', format: FOLDER_FORMAT }));
});
afterEach(async () => {
  await removeTempDir(root);
});

async function folder(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(root, name);
  await fs.mkdir(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  return dir;
}

/** Looks, and checks nothing was written anywhere under root while looking. */
async function look(picked: string, inUse = current) {
  const before = await listTree(root);
  const result = await lookAtFolder(picked, inUse);
  expect(await listTree(root)).toEqual(before);
  return result;
}

describe('the folder Mend uses now, or one around it', () => {
  it('is the same folder, given as it is or with a trailing separator and a dot segment', async () => {
    expect(await look(current)).toEqual({ look: 'same' });
    expect(await look(`${current}${path.sep}`)).toEqual({ look: 'same' });
    expect(await look(path.join(current, 'relationships', '..'))).toEqual({ look: 'same' });
  });

  it('is the same folder when picked through a link to it, or when the current one is a link', async () => {
    const link = path.join(root, 'link-to-current');
    await fs.symlink(current, link, 'dir');
    expect(await look(link)).toEqual({ look: 'same' });
    expect(await lookAtFolder(current, link)).toEqual({ look: 'same' });
  });

  it('refuses a folder inside the current one, and one that holds it', async () => {
    const inner = await folder('current/new-place');
    expect(await look(inner)).toEqual({ look: 'inside' });
    // Even when it is empty: the journal cannot be copied into itself.
    expect(await look(path.join(current, 'relationships'))).toEqual({ look: 'inside' });
    expect(await look(root)).toEqual({ look: 'inside' });
    expect(await look(path.dirname(root))).toEqual({ look: 'inside' });
  });

  it('refuses a folder inside the current one reached through a link', async () => {
    const inner = await folder('current/new-place');
    const link = path.join(root, 'link-to-inner');
    await fs.symlink(inner, link, 'dir');
    expect(await look(link)).toEqual({ look: 'inside' });
  });

  it('refuses a folder inside the current one whose name starts with two dots', async () => {
    // "..later" is a plain folder name, not a step up: it lies inside the current folder.
    const inner = await folder('current/..later');
    expect(await look(inner)).toEqual({ look: 'inside' });
  });

  it('does not take a sibling whose name merely starts like the current one for a folder inside it', async () => {
    const sibling = await folder('current-2');
    expect(await look(sibling)).toEqual({ look: 'empty' });
  });
});

describe('a journal folder', () => {
  it.each([
    ['its format mark', { [FOLDER_FILE]: JSON.stringify({ mend: 'folder', format: FOLDER_FORMAT }) }],
    ['an older format mark', { [FOLDER_FILE]: JSON.stringify({ mend: 'folder', format: 2 }) }],
    ['a damaged format mark', { [FOLDER_FILE]: '{"mend":"fol' }],
    ['a relationships folder', { 'relationships/r1.json': '{}' }],
    ['a keyring', { [KEYRING_FILE]: '{}' }],
    ['a journal and housekeeping beside other files', { 'relationships/r1.json': '{}', 'notes.txt': 'x', '.DS_Store': '' }],
  ])('is a journal when it holds %s', async (_what, files) => {
    expect(await look(await folder('other-journal', files))).toEqual({ look: 'journal' });
  });

  it('is a journal with an empty relationships folder', async () => {
    const dir = await folder('other-journal');
    await fs.mkdir(path.join(dir, 'relationships'));
    expect(await look(dir)).toEqual({ look: 'journal' });
  });

  it('knows a journal this computer wrote in before by its own record there, and only by that', async () => {
    const dir = await folder('left-behind', { 'relationships/r1.json': '{}', 'devices/aaaaaaaaaaaaaaaa.json': '{}' });
    const before = await listTree(root);
    expect(await lookAtFolder(dir, current, 'aaaaaaaaaaaaaaaa')).toEqual({ look: 'journal', known: true });
    // Another computer's record is not this one's; without an id nothing is claimed.
    expect(await lookAtFolder(dir, current, 'bbbbbbbbbbbbbbbb')).toEqual({ look: 'journal' });
    expect(await lookAtFolder(dir, current)).toEqual({ look: 'journal' });
    expect(await listTree(root)).toEqual(before);
  });

  it('counts a copy a move began and did not finish as empty: a new move there replaces it, and it is never opened as a journal', async () => {
    const dir = await folder('half-moved', { '.mend-move-unfinished': '', 'relationships/r1.json': '{}', 'devices/aaaaaaaaaaaaaaaa.json': '{}' });
    expect(await look(dir)).toEqual({ look: 'empty' });
  });

  it('is newer when a newer Mend marked it', async () => {
    const dir = await folder('newer', { [FOLDER_FILE]: JSON.stringify({ mend: 'folder', format: 99 }), 'relationships/r1.json': '{}' });
    expect(await look(dir)).toEqual({ look: 'newer' });
    const next = await folder('next', { [FOLDER_FILE]: JSON.stringify({ mend: 'folder', format: FOLDER_FORMAT + 1 }) });
    expect(await look(next)).toEqual({ look: 'newer' });
  });

  it('is unusable (not a crash) when its format mark cannot be read', async () => {
    const dir = await folder('odd-mark');
    // A folder where the mark should be a file: reading it fails with EISDIR.
    await fs.mkdir(path.join(dir, FOLDER_FILE));
    const result = await look(dir);
    expect(result.look).toBe('unusable');
  });
});

describe('an empty folder, or one holding other files', () => {
  it('is empty when it holds nothing', async () => {
    expect(await look(await folder('fresh'))).toEqual({ look: 'empty' });
  });

  it('is empty when it holds only the system’s and a sync tool’s own files', async () => {
    const dir = await folder('synced', { '.DS_Store': 'x', 'desktop.ini': 'x', 'Thumbs.db': 'x' });
    await fs.mkdir(path.join(dir, '.stfolder'));
    expect(await look(dir)).toEqual({ look: 'empty' });
  });

  it('is other when it holds a stray file, or a stray folder', async () => {
    expect(await look(await folder('stray', { 'holiday.jpg': 'x', '.DS_Store': '' }))).toEqual({ look: 'other' });
    const withFolder = await folder('stray-folder');
    await fs.mkdir(path.join(withFolder, 'photos'));
    expect(await look(withFolder)).toEqual({ look: 'other' });
    // A hidden file that is not housekeeping is someone's too.
    expect(await look(await folder('hidden', { '.env': 'x' }))).toEqual({ look: 'other' });
  });
});

describe('a folder Mend cannot use', () => {
  const sentence = /^[a-z].*\.$/;

  it('is unusable when it is not there, with a reason sentence, and is not created', async () => {
    const missing = path.join(root, 'gone');
    const result = await look(missing);
    expect(result).toEqual({ look: 'unusable', reason: expect.stringMatching(sentence) });
    expect(result.look === 'unusable' && result.reason).toContain('not there');
    await expect(fs.stat(missing)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is unusable when it is a file, with a reason sentence', async () => {
    const file = path.join(root, 'a-file');
    await fs.writeFile(file, 'x');
    const result = await look(file);
    expect(result).toEqual({ look: 'unusable', reason: expect.stringMatching(sentence) });
    expect(result.look === 'unusable' && result.reason).toContain('file');
    expect(await fs.readFile(file, 'utf8')).toBe('x');
  });

  it('is unusable when it cannot be written or read', async (ctx) => {
    if (process.getuid?.() === 0) {
      console.log('skipped: running as root, which ignores folder modes');
      ctx.skip();
    }
    const readOnly = await folder('read-only');
    await fs.chmod(readOnly, 0o500);
    const noRead = await folder('no-read');
    await fs.chmod(noRead, 0o300);
    try {
      expect(await lookAtFolder(readOnly, current)).toEqual({ look: 'unusable', reason: expect.stringContaining('write') });
      expect(await lookAtFolder(noRead, current)).toEqual({ look: 'unusable', reason: expect.stringContaining('read') });
    } finally {
      await fs.chmod(readOnly, 0o700);
      await fs.chmod(noRead, 0o700);
    }
  });
});
