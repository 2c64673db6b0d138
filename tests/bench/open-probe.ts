/**
 * A probe for "open to Home data" alone: generates the L folder once (or reuses it), then times
 * exactly what the bench times (composeCore + home:get) `runs` times after `warm` untimed opens.
 * npx tsx tests/bench/open-probe.ts [runs] [warm] [size]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { generate, SIZES } from './generate';
import { openOurs, openToHome } from './ours';
import { measure, warm } from './measure';

const runs = Number(process.argv[2] ?? 15);
const warmUp = Number(process.argv[3] ?? 3);
const size = (process.argv[4] ?? 'L') as 'S' | 'M' | 'L';
const dir = resolve(import.meta.dirname, '../../.tmp/probe', size);

async function main(): Promise<void> {
  if (!existsSync(join(dir, 'relationships'))) await generate(SIZES.find((s) => s.name === size)!, dir);
  const once = () => openToHome(dir);
  await warm(warmUp, once);
  const fig = await measure(runs, once);
  const parts = { open: [] as number[], home: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    const core = await openOurs(dir);
    const b = performance.now();
    await core.call('home:get', {});
    parts.open.push(b - a);
    parts.home.push(performance.now() - b);
  }
  // CPU time (user + system) per open: steadier than wall time on a shared, loaded machine.
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    const core = await openOurs(dir);
    await core.call('home:get', {});
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!.toFixed(1);
  console.log(`  of which open ${med(parts.open)} ms, first home:get ${med(parts.home)} ms; CPU per open to Home ${med(cpu)} ms`);
  const min = Math.min(...parts.open.map((o, i) => o + parts.home[i]!));
  console.log(`${size} open to Home data: median ${fig.median.toFixed(1)} ms, p95 ${fig.p95.toFixed(1)} ms (${fig.runs} runs), fastest ${min.toFixed(1)} ms, load ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
}
void main();
