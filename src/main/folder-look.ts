import { constants } from 'node:fs';
import { access, readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isDomainError } from '../core/errors';
import type { FolderLook } from '../core/services/platform';
import { deviceRecordPath } from '../core/store/device-upkeep';
import { errorCode, nodeFs } from './storage/fs-seam';
import { FOLDER_FILE, refuseNewerFolder } from './storage/folder-format';
import { KEYRING_FILE } from './storage/keyring';
import { isSyncToolsOwn } from './storage/sync-tool-files';
import { MOVE_MARK } from './journal-copy';

/** A Mend journal folder: its format mark, its journals, or its keyring (an encrypted folder's first file). */
const JOURNAL_SIGNS = new Set([FOLDER_FILE, 'relationships', KEYRING_FILE]);

/** The path with its links followed, when it exists; as given otherwise. */
async function real(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/** Whether `inner` lies inside `outer`. A step up is '..' or '../…'; a folder named '..later' is not one. */
const within = (outer: string, inner: string): boolean => {
  const rel = relative(outer, inner);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

function unreadable(error: unknown): FolderLook {
  switch (errorCode(error)) {
    case 'ENOENT':
      return { look: 'unusable', reason: 'it is not there any more.' };
    case 'ENOTDIR':
      return { look: 'unusable', reason: 'it is a file, not a folder.' };
    case 'EACCES':
    case 'EPERM':
      return { look: 'unusable', reason: 'this computer does not let Mend read it.' };
    default:
      return { look: 'unusable', reason: 'it could not be read.' };
  }
}

/**
 * What a folder the person picked holds, judged before anything is written (nothing is written here).
 * `current` is the folder Mend uses now; `deviceId` this computer's, to tell a journal it wrote in before.
 */
export async function lookAtFolder(folder: string, current: string, deviceId?: string): Promise<FolderLook> {
  const [picked, inUse] = await Promise.all([real(folder), real(current)]);
  if (picked === inUse) return { look: 'same' };
  if (within(picked, inUse) || within(inUse, picked)) return { look: 'inside' };
  let names: string[];
  try {
    names = await readdir(picked);
  } catch (error) {
    return unreadable(error);
  }
  try {
    await access(picked, constants.W_OK);
  } catch {
    return { look: 'unusable', reason: 'this computer does not let Mend write in it.' };
  }
  // A copy a move began and did not finish: a new move there replaces it, so it counts as empty.
  if (names.includes(MOVE_MARK)) return { look: 'empty' };
  if (names.some((name) => JOURNAL_SIGNS.has(name))) {
    try {
      await refuseNewerFolder(nodeFs, picked);
    } catch (error) {
      return isDomainError(error) ? { look: 'newer' } : unreadable(error);
    }
    // This computer's own record there: it wrote in that journal before (the folder it moved from, say).
    const known = deviceId !== undefined && (await access(join(picked, deviceRecordPath(deviceId))).then(() => true, () => false));
    return known ? { look: 'journal', known } : { look: 'journal' };
  }
  return names.every(isSyncToolsOwn) ? { look: 'empty' } : { look: 'other' };
}
