import type { FileStore } from './file-store';
import { LogCursor } from './change-line';

/**
 * Change logs an older Mend (before f0570ea) sealed as one whole-file block when it trimmed this
 * computer's log or cut a crash's torn line. Read row by row, the block is a few damaged rows, its
 * trim marker is lost and the first save after it is glued to its tail, so every row number after it
 * shifts: snapshots that counted rows in that shifted numbering (or in the true one) cannot say which
 * of its lines they hold. So its lines are read from the block, and from the rows after it, in full at
 * every read, and merged like a sync tool's conflict copy of a log: line by line, by clock, where a line
 * already merged changes nothing (sync-state applyLine). Such a log is never cut or trimmed: its
 * bytes stay exactly as they are.
 */

/** As read, such a log starts with the block's magic: a row of a log Mend writes never does (sealed rows are opened). */
const WHOLE_SEAL_START = 'MENDSEAL';
const WHOLE_SEAL_BYTES = [...WHOLE_SEAL_START].map((c) => c.charCodeAt(0));
/** A BOM the decoder would drop before the magic (as a whole-file decode did when this looked at the text). */
const BOM = [0xef, 0xbb, 0xbf];

/** The log as read, bytes or text, starts with the magic of a block sealed whole. */
export function heldWhole(log: string | Uint8Array): boolean {
  if (typeof log === 'string') return log.startsWith(WHOLE_SEAL_START);
  const skip = BOM.every((b, i) => log[i] === b) ? BOM.length : 0;
  return WHOLE_SEAL_BYTES.every((b, i) => log[skip + i] === b);
}

export interface WholeSealedLines {
  /** Every line recovered, as one log text (no row numbers of it are trusted). */
  text: string;
  /** Rows or blocks that could not be opened, and recovered rows that were damaged: said, never shown. */
  lost: number;
}

/** The lines of a log that `heldWhole`, from its block and the rows after it; null when the store cannot open it. */
export async function wholeSealedLines(files: FileStore, path: string): Promise<WholeSealedLines | null> {
  const recovered = await files.recoverLog?.(path);
  if (!recovered) return null;
  let lost = recovered.unreadable;
  const kept: string[] = [];
  const decoder = new TextDecoder();
  for (const part of recovered.parts) {
    // A part ends where its last whole save ends: an unfinished one (m) must not join the next part's rows.
    const cursor = new LogCursor(part);
    while (cursor.next()) continue;
    lost += cursor.problems.length; // rows that could not be opened ("#…", "?…") or are damaged
    kept.push(decoder.decode(part.subarray(0, cursor.completeBytes)));
  }
  return { text: kept.join(''), lost };
}

/** What the person is told (file name only, never a line of it). */
export function recoveredReason(lost: number | null): string {
  if (lost === null) return 'an older Mend sealed this change log as one block; it is kept as it is';
  const base = 'an older Mend sealed this change log as one block; its lines were read from that block and the rows after it, and the file is kept as it is';
  return lost === 0 ? base : `${base} (${lost} part${lost === 1 ? '' : 's'} of it could not be opened and stay as stored)`;
}
