import * as path from 'node:path';
import { DomainError } from '../../core/errors';
import { writeDurably } from './durable-write';
import { errorCode, type FsSeam } from './fs-seam';

/**
 * Which form of data folder this is, in a small plain file at its root. Each journal's own files carry
 * their format too, but a Mend opening a folder writes before it reads every journal (its change logs,
 * this computer's record, its index cache): a folder a newer Mend has changed the shape of must be
 * refused before any of that. Plain on purpose, like keyring.json: it is read before any unlock.
 */
export const FOLDER_FILE = 'mend-folder.json';
/**
 * 1: one file per journal (Mend 1, which wrote no marker); 2: change logs per computer (issue 13);
 * 3: a preparation's and a debrief's groups of answers are written part by part (store/split-fields.ts).
 * A format-2 Mend would read a part's line as a field its journal does not have, so it must refuse
 * the folder rather than read it; this Mend reads format 2's lines and snapshots as they are.
 */
export const FOLDER_FORMAT = 3;

export const FOLDER_NEWER =
  'This data folder was set up by a newer version of Mend. Update Mend on this computer to open it; nothing in the folder has been changed.';

/** The folder's format as its marker says, or null when it has none (a new folder, or one Mend 1 wrote). */
async function markedFormat(fs: FsSeam, root: string): Promise<number | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path.join(root, FOLDER_FILE));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const format = (parsed as { format?: unknown } | null)?.format;
    if (typeof format === 'number' && Number.isInteger(format) && format > 0) return format;
  } catch {
    // Damaged (a sync tool mid-transfer, say): judged as unmarked, and never written over (below).
  }
  return 0;
}

/**
 * Refuses a folder a newer Mend marked as its own, before anything is written to it. Returns whether
 * the folder has no marker yet or an older one (then markFolderFormat marks it as this format; an
 * unreadable one is left as it is).
 */
export async function refuseNewerFolder(fs: FsSeam, root: string): Promise<{ unmarked: boolean }> {
  const format = await markedFormat(fs, root);
  if (format !== null && format > FOLDER_FORMAT) throw new DomainError('conflict', FOLDER_NEWER, { folderFormat: format });
  return { unmarked: format === null || (format > 0 && format < FOLDER_FORMAT) };
}

/** Marks a folder refuseNewerFolder found unmarked (or marked by an older Mend) as this format. */
export async function markFolderFormat(fs: FsSeam, root: string): Promise<void> {
  const body = `${JSON.stringify({ mend: 'folder', format: FOLDER_FORMAT })}\n`;
  await writeDurably(fs, path.join(root, FOLDER_FILE), new TextEncoder().encode(body), async () => undefined);
}
