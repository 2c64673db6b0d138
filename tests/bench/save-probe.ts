/**
 * A quick look at the durable save at L without the whole bench: Mend (change log + index shard),
 * the limit of one append + fsync of the same line, and a raw rewrite of the index shard.
 * Usage: npx tsx tests/bench/save-probe.ts [runs]
 */
import { mkdir, open, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generate, SIZES } from './generate';
import { openOurs, BENCH_DEVICE } from './ours';
import { summarise } from './measure';

const runs = Number(process.argv[2] ?? 200);
const dir = join(tmpdir(), 'mend-save-probe');
await rm(dir, { recursive: true, force: true });
const { largestId } = await generate(SIZES.find((s) => s.name === 'L')!, dir);
const core = await openOurs(dir);
const ok = async (p: Promise<{ ok: boolean; value?: unknown; message?: string }>) => {
  const r = await p;
  if (!r.ok) throw new Error(String(r.message));
  return r.value as Record<string, unknown>;
};
const j = await ok(core.call('journals:get', { relationshipId: largestId }));
const draft = await ok(core.call('debriefs:start', { relationshipId: largestId, preparationId: null, incidentId: null }));
const t = (j['debriefs'] as Record<string, unknown>[])[0]!;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  await ok(core.call('debriefs:save', {
    relationshipId: largestId, id: draft['id'], heldAt: t['heldAt'], steps: t['steps'], theirView: `${String(t['theirView'])} (${i})`,
    diagnosis: t['diagnosis'], surprised: t['surprised'], learned: t['learned'], differently: t['differently'], fewerCommitmentsReason: '', commitmentDrafts: [],
  }));
  times.push(performance.now() - started);
}
const log = join(dir, 'logs', `${largestId}.${BENCH_DEVICE.id}.log`);
const lineBytes = Math.round((await stat(log)).size / runs);
const append: number[] = [];
const scratch = join(dir, 'scratch.log');
const line = new Uint8Array(lineBytes).fill(0x61);
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const h = await open(scratch, 'a');
  await h.write(line);
  await h.sync();
  await h.close();
  append.push(performance.now() - started);
}
const fmt = (f: { median: number; p95: number }) => `${f.median.toFixed(2)} / ${f.p95.toFixed(2)} ms`;
console.log(`L, ${runs} saves of a debrief (median / p95): Mend ${fmt(summarise(times))}; one append + fsync of ${lineBytes} bytes ${fmt(summarise(append))}`);
console.log(`logs: ${(await readdir(join(dir, 'logs'))).length} file(s); snapshot ${(await readFile(join(dir, 'relationships', `${largestId}.json`))).length} bytes`);
await mkdir(dir, { recursive: true });
