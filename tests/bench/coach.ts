/**
 * The blame coach runs in the window at each pause in typing: rules alone beside rules with the learned
 * model, on the same 500 characters, so the model's cost is seen next to what it adds to.
 */
import { hasRuleBlame, reviewBlame } from '../../src/core/logic/blame-coach';

function timeIt(run: () => void, rounds: number): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(rounds / 2)]!, p95: times[Math.floor(rounds * 0.95)]! };
}

export function printCoachRows(quick: boolean): void {
  const para = 'I felt worried on Friday when the boxes ran out. She treats the rota like it is optional. ';
  const text = para.repeat(6).slice(0, 500);
  const rounds = quick ? 50 : 200;
  const rules = timeIt(() => hasRuleBlame(text), rounds);
  const both = timeIt(() => reviewBlame(text), rounds);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  process.stdout.write(`\nBlame coach, 500 characters (${rounds} rounds; target ≈ 5 ms)\n`);
  process.stdout.write(`  rules alone          median ${ms(rules.median)}  p95 ${ms(rules.p95)}\n`);
  process.stdout.write(`  rules + model (Mend) median ${ms(both.median)}  p95 ${ms(both.p95)}\n`);
}
