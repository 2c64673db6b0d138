/** Repetitions, medians and p95s: every figure in the report comes through here. */
export interface Figure {
  median: number;
  p95: number;
  runs: number;
}

export async function measure(runs: number, once: () => Promise<number>): Promise<Figure> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return summarise(times);
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
