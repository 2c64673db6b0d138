/**
 * How fast this machine is running right now: one fixed piece of CPU work (JSON.parse of the same 0.3 MB,
 * the median of 31), timed at the start and at the end of `npm run bench`. None of Mend's code is in
 * it, so when it moves, every figure of that run moved with the machine, not with the code. Why it is
 * there: in one full run on 2 December (08:39 UTC) every figure was slower, the blame coach's twice as
 * slow (0.73 ms against 0.35–0.39 in the runs before and after), with no change to any code it times.
 */
const DOC = JSON.stringify(
  Array.from({ length: 2_000 }, (_, i) => ({ id: `e-${i}`, text: `${'word '.repeat(20)}${i}`, n: i * 1.5, ok: i % 2 === 0 })),
);

export function machineSpeedMs(): number {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) JSON.parse(DOC); // the first parses of a fresh process also grow its heap
  for (let round = 0; round < 31; round++) {
    const start = performance.now();
    JSON.parse(DOC);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[15]!;
}
