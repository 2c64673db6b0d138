/**
 * Where a slow save's time goes, thread by thread: 250 saves of a debrief at L, and for each one slower
 * than SLOW_MS (default 1.5) every thread of this process that ran or waited meanwhile, from Linux's
 * /proc/self/task/<tid>/schedstat (time on a CPU, time waiting for one). It showed the pool thread that
 * made the write waiting 2–3 ms for a core behind V8's compiler thread, while the main thread had used
 * under 1 ms (README: the durable save's tail). Linux only; not part of npm test.
 *   npx tsx tests/bench/save-threads.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generate, SIZES } from './generate';
import { openOurs } from './ours';
import { debriefSaver } from './debrief-saves';

const SAVES = 250;
const SLOW_MS = Number(process.env['SLOW_MS'] ?? 1.5);
const dir = join(tmpdir(), 'mend-save-threads');
await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
const { largestId } = await generate(SIZES.find((s) => s.name === 'L')!, dir);
const save = await debriefSaver(await openOurs(dir), largestId);

/** Each thread's [ms on a CPU, ms waiting for one], by "name#tid". */
function threads(): Map<string, [number, number]> {
  const all = new Map<string, [number, number]>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const name = `${readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim()}#${tid}`;
      const [run, wait] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map((n) => Number(n) / 1e6);
      all.set(name, [run!, wait!]);
    } catch {
      // a thread that ended meanwhile
    }
  }
  return all;
}

const main = `#${process.pid}`;
for (let i = 0; i < SAVES; i++) {
  const before = threads();
  const started = performance.now();
  await save(i);
  const ms = performance.now() - started;
  if (ms <= SLOW_MS) continue;
  const parts: string[] = [];
  for (const [name, [run, wait]] of threads()) {
    const was = before.get(name);
    if (!was || (run - was[0] < 0.05 && wait - was[1] < 0.05)) continue;
    parts.push(`${name.endsWith(main) ? 'main' : name}: ran ${(run - was[0]).toFixed(2)}, waited ${(wait - was[1]).toFixed(2)}`);
  }
  console.log(`save ${i}: ${ms.toFixed(2)} ms | ${parts.join('; ')}`);
}
