import type { FileStore, LogEdit } from './file-store';

const NEWLINE = 0x0a;

/** Where row `rows` starts (counted from 0 at the log's start), or the end of the last complete row if there are fewer. */
function rowStart(bytes: Uint8Array, rows: number): number {
  let at = 0;
  for (let row = 0; row < rows; row++) {
    const end = bytes.indexOf(NEWLINE, at);
    if (end === -1) break;
    at = end + 1;
  }
  return at;
}

/** How many complete rows end before byte `end` (of a log as read: its rows match the stored ones one for one). */
export function rowsBefore(bytes: Uint8Array, end: number): number {
  let rows = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1 && at < end; at = bytes.indexOf(NEWLINE, at + 1)) rows++;
  return rows;
}

/**
 * A change log as stored, with `edit` applied to its rows: the first `edit.drop` complete rows go,
 * `head` (a row as it is to be stored, without its newline) comes first, and the rows after are copied
 * as they are, up to row `edit.keep` when it is given. Works on the stored bytes, never on rows as
 * read: a sealed row that cannot be opened here is read as a stand-in ("?…"), and writing that back
 * would lose the row for good. Rows as read and rows as stored match one for one.
 */
export function editLogBytes(bytes: Uint8Array, edit: LogEdit, head?: Uint8Array): Uint8Array {
  const from = rowStart(bytes, edit.drop);
  const to = edit.keep === undefined ? bytes.length : rowStart(bytes, edit.keep);
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
