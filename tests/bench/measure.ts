/** Repetitions, medians and p95s: every figure in the report comes through here. */
export interface Figure {
  median: number;
  p95: number;
  runs: number;
}

/**
 * Times `once` `runs` times. `warmUp` runs it that many times first, untimed: the durable-save columns
 * (Mend, one append + fsync, SQLite, the naive store, the limit) all pass the same count, so no column's
 * p95 is its cold first calls (JIT, first file opens) while another's is warm.
 */
export async function measure(runs: number, once: () => Promise<number>, warmUp = 0): Promise<Figure> {
  await warm(warmUp, once);
  collectGarbage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return summarise(times);
}

/** Runs `once` `times` times, untimed. */
export async function warm(times: number, once: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < times; i++) await once();
}

/** How many saves each durable-save column times, after how many untimed ones (the same for every column). */
export interface SaveRuns {
  runs: number;
  warmUp: number;
}

/** Times `work` after an untimed `setup`; returns milliseconds. */
export async function timed<T>(setup: () => Promise<T>, work: (value: T) => Promise<unknown>): Promise<number> {
  const value = await setup();
  const start = performance.now();
  await work(value);
  return performance.now() - start;
}

export function summarise(times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/**
 * A full garbage collection right before a column's timed runs, when node runs with --expose-gc (as
 * `npm run bench` does): otherwise the garbage an earlier column left (the naive store's 40 MB of JSON,
 * the cores the open figures made) is collected in the middle of whichever column comes next, and its
 * pauses land in that column's p95. Every column gets the same, so none is favoured.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
