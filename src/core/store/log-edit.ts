import type { FileStore, LogEdit } from './file-store';

const NEWLINE = 0x0a;

/**
 * A change log as stored, with `edit` applied to its rows: the first `edit.drop` complete rows go,
 * `head` (a row as it is to be stored, without its newline) comes first, the rows after are copied as
 * they are, and a torn last row stays unless `edit.cutTorn`. Works on the stored bytes, never on rows
 * as read: a sealed row that cannot be opened here is read as a stand-in ("?…"), and writing that back
 * would lose the row for good.
 */
export function editLogBytes(bytes: Uint8Array, edit: LogEdit, head?: Uint8Array): Uint8Array {
  let from = 0;
  for (let dropped = 0; dropped < edit.drop; dropped++) {
    const end = bytes.indexOf(NEWLINE, from);
    if (end === -1) break; // fewer complete rows than asked: every one of them goes, a torn row stays
    from = end + 1;
  }
  const to = edit.cutTorn ? bytes.lastIndexOf(NEWLINE) + 1 : bytes.length;
  const body = bytes.subarray(from, Math.max(from, to));
  const out = new Uint8Array((head ? head.length + 1 : 0) + body.length);
  if (head) {
    out.set(head, 0);
    out[head.length] = NEWLINE;
  }
  out.set(body, head ? head.length + 1 : 0);
  return out;
}

/** Rewrites a change log, row by row as stored (FileStore.rewriteLog), or by a read and a write when the store keeps rows as it reads them. */
export async function rewriteLog(files: FileStore, path: string, edit: LogEdit): Promise<void> {
  if (files.rewriteLog) return files.rewriteLog(path, edit);
  const bytes = await files.read(path);
  if (!bytes) return;
  await files.write(path, editLogBytes(bytes, edit, edit.head === undefined ? undefined : new TextEncoder().encode(edit.head)));
}
