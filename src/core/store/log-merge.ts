import type { ChangeLine, LogCursor } from './change-line';

/** One log being read, and how many of its lines the snapshot already holds. */
export interface MergeSource {
  cursor: LogCursor;
  /** Lines (rows) before this one are folded into the snapshot: they are read, checked and passed over. */
  skip: number;
  /** Rows before `skip` the snapshot could not fold (sealed under a key not here then): read all the same. */
  holes?: ReadonlySet<number>;
}

export interface Merged {
  /** Lines handed to `apply`. */
  count: number;
  /** The highest clock among them. */
  last: string | null;
}

/**
 * Hands every line past each log's `skip` to `apply` in clock order, exactly as a stable sort of all
 * the logs' lines (log by log, in the order given) would: the smallest clock first, and among equal
 * clocks (a line copied into a conflict copy) the earlier log first. Each log is read as it goes, one
 * save at a time, so nothing is kept beyond the line `apply` is given. A device writes its lines in
 * clock order, so each log is in order; one that is not (a clock set by hand between two saves of the
 * same process) returns null: lines were applied already, and the caller starts over with
 * applySorted.
 */
export function mergeInClockOrder(sources: readonly MergeSource[], apply: (line: ChangeLine) => void): Merged | null {
  if (sources.length === 1) return inFileOrder(sources[0]!, apply);
  const heads = sources.map((s) => nextAfterSkip(s));
  let count = 0;
  let last: string | null = null;
  for (;;) {
    let pick = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head && (pick < 0 || head.t < heads[pick]!.t)) pick = i;
    }
    if (pick < 0) return { count, last };
    const line = heads[pick]!;
    apply(line);
    count++;
    last = line.t;
    const next = nextAfterSkip(sources[pick]!);
    if (next && next.t < line.t) return null;
    heads[pick] = next;
  }
}

/** One log (a journal written on one computer, the usual case): its lines as they come, while they are in clock order. */
function inFileOrder(source: MergeSource, apply: (line: ChangeLine) => void): Merged | null {
  let count = 0;
  let last: string | null = null;
  for (let line = nextAfterSkip(source); line; ) {
    apply(line);
    count++;
    last = line.t;
    const next = nextAfterSkip(source);
    if (next && next.t < line.t) return null;
    line = next;
  }
  return { count, last };
}

/** The same, for logs in any order: every line is read first, then sorted (stable) by clock. */
export function applySorted(sources: readonly MergeSource[], apply: (line: ChangeLine) => void): Merged {
  const lines: ChangeLine[] = [];
  for (const source of sources) for (let line = nextAfterSkip(source); line; line = nextAfterSkip(source)) lines.push(line);
  lines.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  for (const line of lines) apply(line);
  return { count: lines.length, last: lines.length > 0 ? lines[lines.length - 1]!.t : null };
}

function nextAfterSkip({ cursor, skip, holes }: MergeSource): ChangeLine | null {
  for (let line = cursor.next(); line; line = cursor.next()) if (cursor.row >= skip || holes?.has(cursor.row)) return line;
  return null;
}
