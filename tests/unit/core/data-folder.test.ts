import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../../src/core/errors';
import type { ConfirmRequest } from '../../../src/core/services/confirm';
import { changeFolder, folderChoiceOf, refusalFor } from '../../../src/core/services/data-folder';
import type { FolderChooser, FolderLook, Platform } from '../../../src/core/services/platform';

/** "Use another folder…" in core, with a platform that records what it was asked. */
const CURRENT = '/home/sam/.config/Mend/journals';
const PICKED = '/media/usb/Mend';

function platformWith(opts: { picked?: string | null; look?: FolderLook; yes?: boolean; setAtStart?: boolean } = {}) {
  const choose = vi.fn<FolderChooser['choose']>(async () => (opts.picked === undefined ? PICKED : opts.picked));
  const look = vi.fn<FolderChooser['look']>(async () => opts.look ?? { look: 'empty' });
  const use = vi.fn<FolderChooser['use']>(async () => undefined);
  const confirm = vi.fn<(request: ConfirmRequest) => Promise<boolean>>(async () => opts.yes ?? true);
  const folders: FolderChooser = { setAtStart: opts.setAtStart ?? false, choose, look, use };
  const platform = { dataFolder: CURRENT, folders, confirm } as unknown as Platform;
  return { platform, choose, look, use, confirm };
}

describe('changing the folder', () => {
  it('does nothing, asking nothing, when the picker is cancelled', async () => {
    const p = platformWith({ picked: null });
    expect(await changeFolder(p.platform)).toEqual({ outcome: 'cancelled' });
    expect(p.look).not.toHaveBeenCalled();
    expect(p.confirm).not.toHaveBeenCalled();
    expect(p.use).not.toHaveBeenCalled();
  });

  it.each<[string, FolderLook, RegExp]>([
    ['same', { look: 'same' }, /already keeps/],
    ['inside', { look: 'inside' }, /inside it/],
    ['other', { look: 'other' }, /other files/],
    ['newer', { look: 'newer' }, /newer version/],
    ['unusable', { look: 'unusable', reason: 'it is a file, not a folder.' }, /it is a file, not a folder\./],
  ])('refuses a folder that looks %s, asking nothing and using nothing', async (_name, look, message) => {
    const p = platformWith({ look });
    const result = await changeFolder(p.platform);
    expect(result).toEqual({ outcome: 'refused', message: expect.stringMatching(message) });
    expect(p.look).toHaveBeenCalledWith(PICKED);
    expect(p.confirm).not.toHaveBeenCalled();
    expect(p.use).not.toHaveBeenCalled();
  });

  it('opens the journal already in a folder, after asking with open-journal', async () => {
    const p = platformWith({ look: { look: 'journal' } });
    expect(await changeFolder(p.platform)).toEqual({ outcome: 'restarting', folder: PICKED, how: 'open' });
    expect(p.confirm).toHaveBeenCalledTimes(1);
    const request = p.confirm.mock.calls[0]![0];
    expect(request.kind).toBe('open-journal');
    expect(request.detail).toContain(PICKED);
    expect(request.detail).toContain(CURRENT);
    expect(p.use).toHaveBeenCalledExactlyOnceWith(PICKED, 'open');
    // Asked first, used after.
    expect(p.confirm.mock.invocationCallOrder[0]!).toBeLessThan(p.use.mock.invocationCallOrder[0]!);
  });

  it('says so when this computer wrote in that journal before: it opens without what was written here since', async () => {
    const known = platformWith({ look: { look: 'journal', known: true } });
    await changeFolder(known.platform);
    expect(known.confirm.mock.calls[0]![0].detail).toContain('This computer has written in that journal before. It opens as that folder holds it now: what you wrote here since is not in it');
    const other = platformWith({ look: { look: 'journal' } });
    await changeFolder(other.platform);
    expect(other.confirm.mock.calls[0]![0].detail).not.toContain('written in that journal before');
    expect(other.confirm.mock.calls[0]![0].detail).toContain('Mend opens the journal as that folder holds it now.');
  });

  it('moves the journal into an empty folder, after asking with move-journal', async () => {
    const p = platformWith({ look: { look: 'empty' } });
    expect(await changeFolder(p.platform)).toEqual({ outcome: 'restarting', folder: PICKED, how: 'move' });
    const request = p.confirm.mock.calls[0]![0];
    expect(request.kind).toBe('move-journal');
    expect(request.detail).toContain(PICKED);
    expect(request.detail).toContain(CURRENT);
    expect(p.use).toHaveBeenCalledExactlyOnceWith(PICKED, 'move');
  });

  it.each<FolderLook>([{ look: 'journal' }, { look: 'empty' }])('does nothing when the person says no (%o)', async (look) => {
    const p = platformWith({ look, yes: false });
    expect(await changeFolder(p.platform)).toEqual({ outcome: 'cancelled' });
    expect(p.confirm).toHaveBeenCalledTimes(1);
    expect(p.use).not.toHaveBeenCalled();
  });

  it('passes on a failure to keep the choice', async () => {
    const p = platformWith();
    p.use.mockRejectedValueOnce(new DomainError('storage', 'Could not save data-folder.json: the disk is full.'));
    await expect(changeFolder(p.platform)).rejects.toThrow(/disk is full/);
  });

  it('is refused, before any picker, when MEND_DATA_DIR set the folder', async () => {
    const p = platformWith({ setAtStart: true });
    const error = await changeFolder(p.platform).then(
      () => expect.unreachable('it changed'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toContain('MEND_DATA_DIR');
    expect(p.choose).not.toHaveBeenCalled();
    expect(p.use).not.toHaveBeenCalled();
  });

  it('is refused where there is no desktop to restart', async () => {
    const platform = { dataFolder: CURRENT, confirm: vi.fn() } as unknown as Platform;
    await expect(changeFolder(platform)).rejects.toBeInstanceOf(DomainError);
  });
});

describe('whether Settings can choose a folder', () => {
  it('is not-here without folders, set-at-start with MEND_DATA_DIR, open otherwise', () => {
    expect(folderChoiceOf({})).toBe('not-here');
    expect(folderChoiceOf({ folders: platformWith({ setAtStart: true }).platform.folders })).toBe('set-at-start');
    expect(folderChoiceOf({ folders: platformWith().platform.folders })).toBe('open');
  });
});

describe('refusals in words', () => {
  it('refuses every look but journal and empty, each with its own sentence', () => {
    const refusing: FolderLook[] = [{ look: 'same' }, { look: 'inside' }, { look: 'other' }, { look: 'newer' }, { look: 'unusable', reason: 'it is not there any more.' }];
    const messages = refusing.map(refusalFor);
    for (const m of messages) expect(m).toMatch(/^[A-Z].*\.$/);
    expect(new Set(messages).size).toBe(refusing.length);
    expect(refusalFor({ look: 'journal' })).toBeNull();
    expect(refusalFor({ look: 'empty' })).toBeNull();
  });
});
