import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type * as ChoiceFile from '../../../src/main/data-folder-choice';

/** user-data's choice file refusing writes (ENOSPC), as on a full disk: root ignores folder modes here. */
const full = vi.hoisted(() => ({ on: false }));
vi.mock('../../../src/main/data-folder-choice', async (actual) => {
  const real = await actual<typeof ChoiceFile>();
  const refuse = () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
  return {
    ...real,
    saveFolderChoice: (...args: Parameters<typeof real.saveFolderChoice>) => (full.on ? refuse() : real.saveFolderChoice(...args)),
    forgetFolderChoice: (...args: Parameters<typeof real.forgetFolderChoice>) => (full.on ? refuse() : real.forgetFolderChoice(...args)),
  };
});
import { FOLDER_CHOICE_FILE } from '../../../src/main/data-folder-choice';
import { settleDataFolder, type StartFolderDeps } from '../../../src/main/data-folder-start';
import { MOVE_MARK } from '../../../src/main/journal-copy';
import { FOLDER_FILE } from '../../../src/main/storage/folder-format';
import { folderFiles } from '../../support/folder-files';
import { isTempName, makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

/** Which folder Mend opens as it starts, with real folders for user-data and journals. */
let root: string;
let userData: string;
let own: string;
beforeEach(async () => {
  root = await makeTempDir('mend-start-folder-');
  userData = path.join(root, 'userData');
  own = path.join(userData, 'journals');
  await fs.mkdir(userData);
});
afterEach(async () => {
  await removeTempDir(root);
});

const choiceFile = () => path.join(userData, FOLDER_CHOICE_FILE);

async function writeChoice(choice: object | string): Promise<void> {
  await fs.writeFile(choiceFile(), typeof choice === 'string' ? choice : JSON.stringify({ mend: 'data-folder', version: 1, ...choice }));
}

/** The saved choice's folder fields; null when there is none. */
async function savedChoice(): Promise<{ folder?: string; moveFrom?: string } | null> {
  const text = await fs.readFile(choiceFile(), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (text === null) return null;
  const { folder, moveFrom } = JSON.parse(text) as { folder?: string; moveFrom?: string };
  return moveFrom === undefined ? { folder } : { folder, moveFrom };
}

const exists = (p: string) => fs.stat(p).then(
  () => true,
  () => false,
);

type AskMissing = StartFolderDeps['askMissing'];

function deps(over: { env?: Record<string, string>; askMissing?: Mock<AskMissing> } = {}) {
  const askMissing = over.askMissing ?? vi.fn<AskMissing>(async () => 'quit');
  const tellMoveFailed = vi.fn<StartFolderDeps['tellMoveFailed']>(async () => undefined);
  const warn = vi.fn<(m: string) => void>();
  return { env: over.env ?? {}, userDataDir: userData, askMissing, tellMoveFailed, warn };
}

async function makeJournal(dir: string): Promise<void> {
  await fs.mkdir(path.join(dir, 'relationships'), { recursive: true });
  await fs.mkdir(path.join(dir, 'devices', 'd1', 'changes'), { recursive: true });
  await fs.writeFile(path.join(dir, FOLDER_FILE), '{"mend":"folder","format":3}\n');
  await fs.writeFile(path.join(dir, 'relationships', 'r1.json'), '{"id":"r1","name":"Sam"}');
  await fs.writeFile(path.join(dir, 'devices', 'd1', 'changes', '000001.log'), '{"op":"set"}\n');
  await fs.writeFile(path.join(dir, 'mend.lock'), '123\n');
}

/** Files a copy should bring: all but the lock. */
async function journalFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = await folderFiles(dir);
  files.delete('mend.lock');
  for (const rel of files.keys()) if (isTempName(rel)) files.delete(rel);
  return files;
}

describe('no folder chosen', () => {
  it('opens Mend’s own folder in user-data, asking nothing and creating nothing', async () => {
    const d = deps();
    expect(await settleDataFolder(d)).toBe(own);
    expect(d.askMissing).not.toHaveBeenCalled();
    expect(d.tellMoveFailed).not.toHaveBeenCalled();
    expect(d.warn).not.toHaveBeenCalled();
    expect(await fs.readdir(userData)).toEqual([]);
  });
});

describe('MEND_DATA_DIR', () => {
  it('wins over a saved choice, which is left as it is', async () => {
    const chosen = path.join(root, 'chosen');
    await fs.mkdir(chosen);
    const set = path.join(root, 'from-env');
    await writeChoice({ folder: chosen });
    const before = await fs.readFile(choiceFile());
    const d = deps({ env: { MEND_DATA_DIR: set } });
    expect(await settleDataFolder(d)).toBe(set);
    expect(await fs.readFile(choiceFile())).toEqual(before);
    expect(d.askMissing).not.toHaveBeenCalled();
  });

  it('wins over a move waiting to finish: nothing is copied, and the move still waits', async () => {
    const source = path.join(root, 'source');
    const dest = path.join(root, 'dest');
    await makeJournal(source);
    await fs.mkdir(dest);
    await writeChoice({ folder: dest, moveFrom: source });
    const before = await fs.readFile(choiceFile());
    const d = deps({ env: { MEND_DATA_DIR: ` ${path.join(root, 'from-env')} ` } });
    expect(await settleDataFolder(d)).toBe(path.join(root, 'from-env'));
    expect(await fs.readdir(dest)).toEqual([]);
    expect(await fs.readFile(choiceFile())).toEqual(before);
    expect(d.tellMoveFailed).not.toHaveBeenCalled();
  });

  it('is ignored when blank', async () => {
    expect(await settleDataFolder(deps({ env: { MEND_DATA_DIR: '   ' } }))).toBe(own);
  });
});

describe('a folder chosen in Settings', () => {
  it('opens it when it is there', async () => {
    const chosen = path.join(root, 'chosen');
    await fs.mkdir(chosen);
    await writeChoice({ folder: chosen });
    const d = deps();
    expect(await settleDataFolder(d)).toBe(chosen);
    expect(d.askMissing).not.toHaveBeenCalled();
    expect(await savedChoice()).toEqual({ folder: chosen });
  });

  it('asks when it is missing; "retry" asks again until it appears, and it is never created', async () => {
    const chosen = path.join(root, 'usb', 'journal');
    await writeChoice({ folder: chosen });
    const askMissing = vi.fn<AskMissing>(async (folder) => {
      expect(await exists(folder)).toBe(false);
      // The person plugs the drive in before the second "Try again".
      if (askMissing.mock.calls.length === 2) await fs.mkdir(folder, { recursive: true });
      return 'retry';
    });
    const d = deps({ askMissing });
    expect(await settleDataFolder(d)).toBe(chosen);
    expect(askMissing).toHaveBeenCalledTimes(2);
    expect(askMissing).toHaveBeenCalledWith(chosen, 'missing');
    expect(await fs.readdir(chosen)).toEqual([]);
    expect(await savedChoice()).toEqual({ folder: chosen });
  });

  it('"own" opens Mend’s own folder this time only: the choice stays for next time, and the missing folder is not created', async () => {
    const chosen = path.join(root, 'usb', 'journal');
    await writeChoice({ folder: chosen });
    const d = deps({ askMissing: vi.fn<AskMissing>(async () => 'own') });
    expect(await settleDataFolder(d)).toBe(own);
    expect(await savedChoice()).toEqual({ folder: chosen });
    expect(await exists(path.join(root, 'usb'))).toBe(false);
  });

  it('tells a folder the system will not let Mend open from a missing one (macOS privacy)', async (ctx) => {
    if (process.getuid?.() === 0) {
      console.log('skipped: running as root, which every folder lets in');
      ctx.skip();
    }
    const locked = path.join(root, 'locked');
    await fs.mkdir(path.join(locked, 'journal'), { recursive: true });
    await fs.chmod(locked, 0o000);
    try {
      await writeChoice({ folder: path.join(locked, 'journal') });
      const d = deps({ askMissing: vi.fn<AskMissing>(async () => 'quit') });
      expect(await settleDataFolder(d)).toBeNull();
      expect(d.askMissing).toHaveBeenCalledWith(path.join(locked, 'journal'), 'not-allowed');
    } finally {
      await fs.chmod(locked, 0o700);
    }
  });

  it('"quit" gives null, keeps the choice for next time, and creates nothing', async () => {
    const chosen = path.join(root, 'usb', 'journal');
    await writeChoice({ folder: chosen });
    const before = await fs.readFile(choiceFile());
    const d = deps({ askMissing: vi.fn<AskMissing>(async () => 'quit') });
    expect(await settleDataFolder(d)).toBeNull();
    expect(await fs.readFile(choiceFile())).toEqual(before);
    expect(await exists(path.join(root, 'usb'))).toBe(false);
  });

  it('treats a file where the folder should be as missing', async () => {
    const chosen = path.join(root, 'a-file');
    await fs.writeFile(chosen, 'x');
    await writeChoice({ folder: chosen });
    const d = deps({ askMissing: vi.fn<AskMissing>(async () => 'quit') });
    expect(await settleDataFolder(d)).toBeNull();
    expect(d.askMissing).toHaveBeenCalledWith(chosen, 'missing');
    expect(await fs.readFile(chosen, 'utf8')).toBe('x');
  });
});

describe('finishing a move', () => {
  it('copies the journal, then keeps the choice without moveFrom; the old folder is unchanged', async () => {
    await makeJournal(own);
    const dest = path.join(root, 'dest');
    await fs.mkdir(dest);
    await writeChoice({ folder: dest, moveFrom: own });
    const sourceBefore = await folderFiles(own);
    const d = deps();
    expect(await settleDataFolder(d)).toBe(dest);
    expect(await journalFiles(dest)).toEqual(await journalFiles(own));
    expect(await exists(path.join(dest, 'mend.lock'))).toBe(false);
    expect(await savedChoice()).toEqual({ folder: dest });
    expect(await folderFiles(own)).toEqual(sourceBefore);
    expect(d.tellMoveFailed).not.toHaveBeenCalled();
    // The next start simply opens it.
    expect(await settleDataFolder(deps())).toBe(dest);
  });

  it('a move whose end cannot be noted (user-data full) opens the old folder, keeps the mark, and the next start finishes it', async () => {
    await makeJournal(own);
    const dest = path.join(root, 'dest');
    await fs.mkdir(dest);
    await writeChoice({ folder: dest, moveFrom: own });
    // user-data refuses every write: the choice can be neither rewritten nor taken back.
    full.on = true;
    const d = deps();
    try {
      expect(await settleDataFolder(d)).toBe(own);
    } finally {
      full.on = false;
    }
    expect(d.tellMoveFailed).toHaveBeenCalledTimes(1);
    expect(d.warn).toHaveBeenCalledWith(expect.stringContaining('tries the move again at its next start'));
    // Never noted half-way: the copy keeps its mark, so it is never taken for a journal, and the choice still says move.
    expect(await exists(path.join(dest, MOVE_MARK))).toBe(true);
    expect(await savedChoice()).toEqual({ folder: dest, moveFrom: own });
    expect(await settleDataFolder(deps())).toBe(dest);
    expect(await journalFiles(dest)).toEqual(await journalFiles(own));
    expect(await exists(path.join(dest, MOVE_MARK))).toBe(false);
  });

  it('a failed move from a chosen folder that is itself gone asks, and never creates it', async () => {
    const source = path.join(root, 'usb', 'journal');
    const dest = path.join(root, 'dest');
    await fs.mkdir(dest);
    await writeChoice({ folder: dest, moveFrom: source });
    const askMissing = vi.fn<AskMissing>(async () => 'own');
    const d = deps({ askMissing });
    expect(await settleDataFolder(d)).toBe(own);
    expect(d.tellMoveFailed).toHaveBeenCalledTimes(1);
    expect(askMissing).toHaveBeenCalledWith(source, 'missing');
    expect(await exists(path.join(root, 'usb'))).toBe(false);
    expect(await savedChoice()).toEqual({ folder: source });
  });

  it('a stray mark a crash left after the move was noted is removed at the next start', async () => {
    const dest = path.join(root, 'dest');
    await makeJournal(dest);
    await fs.writeFile(path.join(dest, MOVE_MARK), '');
    await writeChoice({ folder: dest });
    expect(await settleDataFolder(deps())).toBe(dest);
    expect(await exists(path.join(dest, MOVE_MARK))).toBe(false);
  });

  it('moves from a chosen folder to another', async () => {
    const source = path.join(root, 'source');
    const dest = path.join(root, 'dest');
    await makeJournal(source);
    await fs.mkdir(dest);
    await writeChoice({ folder: dest, moveFrom: source });
    expect(await settleDataFolder(deps())).toBe(dest);
    expect(await journalFiles(dest)).toEqual(await journalFiles(source));
    expect(await savedChoice()).toEqual({ folder: dest });
  });

  it('when the destination is gone, tells why, opens Mend’s own folder and forgets the choice', async () => {
    await makeJournal(own);
    const dest = path.join(root, 'usb', 'journal');
    await writeChoice({ folder: dest, moveFrom: own });
    const sourceBefore = await folderFiles(own);
    const d = deps();
    expect(await settleDataFolder(d)).toBe(own);
    expect(d.tellMoveFailed).toHaveBeenCalledTimes(1);
    expect(d.tellMoveFailed).toHaveBeenCalledWith(own, dest, expect.stringMatching(/not there/));
    expect(d.askMissing).not.toHaveBeenCalled();
    expect(await exists(choiceFile())).toBe(false);
    expect(await exists(path.join(root, 'usb'))).toBe(false);
    expect(await folderFiles(own)).toEqual(sourceBefore);
  });

  it('when the destination is gone and the journal was in a chosen folder, goes back to that folder', async () => {
    const source = path.join(root, 'source');
    await makeJournal(source);
    const dest = path.join(root, 'usb', 'journal');
    await writeChoice({ folder: dest, moveFrom: source });
    const d = deps();
    expect(await settleDataFolder(d)).toBe(source);
    expect(d.tellMoveFailed).toHaveBeenCalledWith(source, dest, expect.any(String));
    expect(await savedChoice()).toEqual({ folder: source });
    expect(await exists(path.join(root, 'usb'))).toBe(false);
    // And the next start opens it without asking.
    const next = deps();
    expect(await settleDataFolder(next)).toBe(source);
    expect(next.tellMoveFailed).not.toHaveBeenCalled();
  });

  it('refuses a destination that got a foreign file meanwhile, writing nothing there', async () => {
    await makeJournal(own);
    const dest = path.join(root, 'dest');
    await fs.mkdir(path.join(dest, 'relationships'), { recursive: true });
    await fs.writeFile(path.join(dest, 'relationships', 'x.json'), '{"id":"x"}');
    await writeChoice({ folder: dest, moveFrom: own });
    const destBefore = await folderFiles(dest);
    const sourceBefore = await folderFiles(own);
    const d = deps();
    expect(await settleDataFolder(d)).toBe(own);
    expect(d.tellMoveFailed).toHaveBeenCalledWith(own, dest, expect.stringMatching(/no longer empty/));
    const reason = d.tellMoveFailed.mock.calls[0]?.[2] ?? '';
    expect(reason).not.toContain(root);
    expect(await folderFiles(dest)).toEqual(destBefore);
    expect(await folderFiles(own)).toEqual(sourceBefore);
    expect(await exists(choiceFile())).toBe(false);
  });

  it('refuses it the same way from a chosen folder, saving that folder as the choice', async () => {
    const source = path.join(root, 'source');
    await makeJournal(source);
    const dest = path.join(root, 'dest');
    await fs.mkdir(dest);
    await fs.writeFile(path.join(dest, 'holiday.jpg'), 'x');
    await writeChoice({ folder: dest, moveFrom: source });
    const d = deps();
    expect(await settleDataFolder(d)).toBe(source);
    expect(d.tellMoveFailed).toHaveBeenCalledWith(source, dest, expect.stringMatching(/no longer empty/));
    expect(await savedChoice()).toEqual({ folder: source });
    expect(await fs.readdir(dest)).toEqual(['holiday.jpg']);
  });

  it('finishes a move an earlier start left part-way', async () => {
    await makeJournal(own);
    const dest = path.join(root, 'dest');
    await fs.mkdir(path.join(dest, 'relationships'), { recursive: true });
    // What the earlier start got to before it stopped: the move's mark first, then a file.
    await fs.writeFile(path.join(dest, MOVE_MARK), '');
    await fs.copyFile(path.join(own, 'relationships', 'r1.json'), path.join(dest, 'relationships', 'r1.json'));
    await writeChoice({ folder: dest, moveFrom: own });
    expect(await settleDataFolder(deps())).toBe(dest);
    expect(await journalFiles(dest)).toEqual(await journalFiles(own));
    expect(await savedChoice()).toEqual({ folder: dest });
    // Noted as done: the mark is gone.
    expect(await exists(path.join(dest, MOVE_MARK))).toBe(false);
  });
});

describe('a damaged choice file', () => {
  it.each([
    ['not JSON', '{"folder": "/somewhere/private'],
    ['a relative path', JSON.stringify({ folder: 'private/journal' })],
    ['a relative moveFrom', JSON.stringify({ folder: '/somewhere/private', moveFrom: 'private/old' })],
    ['not an object', '"/somewhere/private"'],
  ])('opens Mend’s own folder with a warning that names no path (%s)', async (_what, text) => {
    await writeChoice(text);
    const d = deps();
    expect(await settleDataFolder(d)).toBe(own);
    expect(d.warn).toHaveBeenCalledTimes(1);
    const message = d.warn.mock.calls[0]?.[0] ?? '';
    expect(message).toContain(FOLDER_CHOICE_FILE);
    expect(message).not.toContain('private');
    expect(message).not.toContain(root);
    expect(d.askMissing).not.toHaveBeenCalled();
  });
});
