/** The search build and answers at L, in wall and CPU time of this process (CPU time says more on a loaded machine). npx tsx tests/bench/search-cpu.ts */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { openOurs } from './ours';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = join(ROOT, '.tmp/bench/L');
const QUERIES = ['deadline', 'client', 'report', 'meeting', 'late', 'trust', 'plan', 'week', 'ask', 'sorry', 'budget review', 'missed the'];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const core = await openOurs(dir);
const w0 = performance.now(); const c0 = cpu();
await core.call('search:status', {});
for (;;) {
  const r = await core.call('search:status', {});
  if (r.ok && (r.value as { ready: boolean }).ready) break;
  await new Promise((done) => setTimeout(done, 5));
}
const build = { wall: performance.now() - w0, cpu: cpu() - c0 };
const answers: { wall: number; cpu: number }[] = [];
for (let round = 0; round < 2; round++) for (const query of QUERIES) {
  const w = performance.now(); const c = cpu();
  await core.call('search:query', { query });
  answers.push({ wall: performance.now() - w, cpu: cpu() - c });
}
const p = (xs: number[], q: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
console.log(`load ${loadavg()[0]!.toFixed(1)} | build wall ${build.wall.toFixed(0)} ms, cpu ${build.cpu.toFixed(0)} ms | answer cpu median ${p(answers.map((a) => a.cpu), 0.5).toFixed(1)} p95 ${p(answers.map((a) => a.cpu), 0.95).toFixed(1)} ms | wall median ${p(answers.map((a) => a.wall), 0.5).toFixed(1)} p95 ${p(answers.map((a) => a.wall), 0.95).toFixed(1)} ms`);
process.exit(0);
