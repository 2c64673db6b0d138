import { LogCursor, type DecodedLog, type NextChunk } from '../../src/core/store/change-line';

/** decodeLog, with the reader's pieces cut to `pieceBytes`: so tests meet every edge of a piece on short logs. */
export function readInPieces(bytes: Uint8Array, pieceBytes: number): DecodedLog {
  return readAll(new LogCursor(bytes, pieceBytes));
}

/**
 * decodeLog over the bytes handed out in chunks of `chunkBytes`, as a file store does: cut after a newline
 * (`aligned`, as node-file-store cuts them) or anywhere, each chunk in one buffer overwritten by the next,
 * so a reader that kept a chunk's memory past asking for the next would read the wrong bytes.
 */
export function readInChunks(bytes: Uint8Array, chunkBytes: number, aligned: boolean, pieceBytes?: number): DecodedLog {
  const shared = new Uint8Array(Math.max(1, bytes.length));
  let at = 0;
  const next: NextChunk = () => {
    if (at >= bytes.length) return null;
    let end = Math.min(bytes.length, at + Math.max(1, chunkBytes));
    if (aligned && end < bytes.length) {
      const newline = bytes.lastIndexOf(0x0a, end - 1);
      end = newline >= at ? newline + 1 : bytes.length;
      const more = bytes.indexOf(0x0a, at);
      if (newline < at && more !== -1) end = more + 1;
    }
    shared.fill(0x21);
    shared.set(bytes.subarray(at, end));
    const chunk = shared.subarray(0, end - at);
    at = end;
    return chunk;
  };
  return readAll(new LogCursor(next, pieceBytes));
}

function readAll(cursor: LogCursor): DecodedLog {
  const out: DecodedLog = { lines: [], rows: [], problems: [], complete: 0, completeBytes: 0, base: 0 };
  for (let line = cursor.next(); line !== null; line = cursor.next()) {
    out.lines.push(line);
    out.rows.push(cursor.row);
  }
  return { ...out, problems: cursor.problems, complete: cursor.complete, completeBytes: cursor.completeBytes, base: cursor.base };
}
