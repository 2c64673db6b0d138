/**
 * The search build and answers at L, in wall and CPU time of this process (CPU time says more on a loaded
 * machine), and on Linux the build's CPU by thread: main's, the search worker's (the busiest other
 * thread) and the rest together (V8's compiler and garbage-collector threads, libuv's pool).
 *   npx tsx tests/bench/search-cpu.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { openOurs } from './ours';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = join(ROOT, '.tmp/bench/L');
const QUERIES = ['deadline', 'client', 'report', 'meeting', 'late', 'trust', 'plan', 'week', 'ask', 'sorry', 'budget review', 'missed the'];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
/** CPU ms so far of each thread of this process, by thread id (Linux /proc, in 10 ms ticks); empty elsewhere. */
function threads(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    }
  } catch {
    // Not Linux, or a thread ended while listed: the split is left out.
  }
  return out;
}
function byThread(before: Map<string, number>, after: Map<string, number>): string {
  if (after.size === 0) return '';
  const main = String(process.pid);
  const used = [...after].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)] as const).filter(([tid]) => tid !== main);
  const worker = Math.max(0, ...used.map(([, ms]) => ms));
  const rest = used.reduce((n, [, ms]) => n + ms, 0) - worker;
  return ` (main ${(after.get(main) ?? 0) - (before.get(main) ?? 0)}, worker ${worker}, other threads ${rest})`;
}
const core = await openOurs(dir);
const t0 = threads();
const w0 = performance.now(); const c0 = cpu();
await core.call('search:status', {});
for (;;) {
  const r = await core.call('search:status', {});
  if (r.ok && (r.value as { ready: boolean }).ready) break;
  await new Promise((done) => setTimeout(done, 5));
}
const build = { wall: performance.now() - w0, cpu: cpu() - c0, threads: byThread(t0, threads()) };
const answers: { wall: number; cpu: number }[] = [];
for (let round = 0; round < 2; round++) for (const query of QUERIES) {
  const w = performance.now(); const c = cpu();
  await core.call('search:query', { query });
  answers.push({ wall: performance.now() - w, cpu: cpu() - c });
}
const p = (xs: number[], q: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
console.log(`load ${loadavg()[0]!.toFixed(1)} | build wall ${build.wall.toFixed(0)} ms, cpu ${build.cpu.toFixed(0)} ms${build.threads} | answer cpu median ${p(answers.map((a) => a.cpu), 0.5).toFixed(1)} p95 ${p(answers.map((a) => a.cpu), 0.95).toFixed(1)} ms | wall median ${p(answers.map((a) => a.wall), 0.5).toFixed(1)} p95 ${p(answers.map((a) => a.wall), 0.95).toFixed(1)} ms`);
process.exit(0);
