/**
 * Long histories in the window: a person with 5,000 timeline entries opens in ≤ 200 ms, and Home with
 * 2,000 people in ≤ 300 ms (issue 15, item 11). Each is timed inside the page, from the hash change to
 * the first paint after the screen's list is in the DOM, on data written through the real codec.
 *   npx electron-vite build && npx tsx tests/bench/long-lists.ts [--quick]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeEnvelope } from '../../src/core/store/envelope';
import { summarize, SUMMARY_VERSION } from '../../src/core/store/summarize';
import { journalSchema, journalSpec, journalPath, type Journal } from '../../src/core/model/journal';
import { indexShardPath, indexSpec, INDEX_SHARDS, shardOf } from '../../src/core/model/index-file';
import { launchChromium } from '../e2e/harness/chromium';
import { APP_ORIGIN, launchMend } from '../e2e/harness/launch';
import { summarise, type Figure } from './measure';
import { BENCH_NOW } from './generate';

const DAY = 86_400_000;
export const LONG_LIST_TARGETS = { person5000Ms: 200, home2000Ms: 300 };

function person(n: number, entries: number): Journal {
  const iso = (t: number) => new Date(t).toISOString();
  const at = (i: number) => BENCH_NOW - (entries - i) * (DAY / 3);
  const base = (kind: string, i: number) => ({ id: `${kind}-${n}-${i}`, createdAt: iso(at(i)), updatedAt: iso(at(i)) });
  const j: Journal = {
    relationship: { ...base('p', 0), name: `Person ${n + 1}`, role: 'Engineer', kind: 'direct-report', started: null, notes: '', archived: false },
    incidents: [{ ...base('i', 0), title: 'A deadline slipped', occurredAt: iso(at(0)), facts: 'It arrived late.', impact: '', domains: ['reliability'],
      causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: null, status: 'repairing' }],
    preparations: [], debriefs: [], commitments: [], checks: [], monitoringNotes: [], meetingNotes: [], repairBids: [], followUps: [], theirTrust: [],
  };
  for (let i = 1; i < entries; i++) {
    const kind = i % 5;
    if (kind < 2) j.meetingNotes.push({ ...base('n', i), at: iso(at(i)), text: `A 1:1 about week ${i}: the roadmap, estimates and what is next.` });
    else if (kind < 4) j.checks.push({ ...base('c', i), at: iso(at(i)), ratings: { reliability: 3 + (i % 4), competence: 5, sincerity: 6, care: 5, reliance: 4 },
      evidence: 'The status note arrived.', interpretation: '', activation: 1, emotion: 'Calm', source: 'The week.', debriefId: null });
    else j.commitments.push({ ...base('m', i), owner: i % 2 ? 'them' : 'me', text: `Promise ${i}: send the summary.`, dueAt: iso(at(i)).slice(0, 10),
      status: 'kept', note: '', resolvedAt: iso(at(i)), debriefId: null });
  }
  return journalSchema.parse(j);
}

async function writeFolder(dir: string, journals: Journal[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'relationships'), { recursive: true });
  await mkdir(join(dir, 'index'), { recursive: true });
  for (const j of journals) await writeFile(join(dir, journalPath(j.relationship.id)), encodeEnvelope(journalSpec, j));
  const summaries = journals.map((j) => summarize(j, new Date(BENCH_NOW)));
  for (let shard = 0; shard < INDEX_SHARDS; shard++) {
    const relationships = summaries.filter((s) => shardOf(s.id) === shard);
    await writeFile(join(dir, indexShardPath(shard)), encodeEnvelope(indexSpec, { summaryVersion: SUMMARY_VERSION, relationships }));
  }
}

/**
 * Records, inside the page, when `selector` first matches after a hash change, then the next paint.
 * A string, not a function: tsx adds helpers to a function's source that the page lacks.
 */
async function timeHashChange(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
    });
    observer.observe(document, { childList: true, subtree: true });
    location.hash = ${JSON.stringify(hash)};
  })`);
}

async function timeScreen(dir: string, hash: string, selector: string, runs: number): Promise<Figure> {
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    const app = await launchMend(browser, { dataDir: dir, path: '/settings', now: () => new Date(BENCH_NOW) });
    for (let i = 0; i < runs + 1; i++) {
      await app.page.goto(`${APP_ORIGIN}/index.html?run=${i}#/settings`);
      await app.page.locator('h1').first().waitFor();
      const ms = await timeHashChange(app.page, hash, selector);
      if (i > 0) times.push(ms); // the first run warms the core's caches, as any real second visit would
    }
    if (app.errors.length > 0) throw new Error(`page errors during the benchmark: ${app.errors.join('; ')}`);
    await app.close();
  } finally {
    await browser.close();
  }
  return summarise(times);
}

/** Writes both folders under `work` and times the two screens; prints one line each. */
export async function longListTimings(work: string, runs: number): Promise<{ person5000: Figure; home2000: Figure }> {
  const long = person(0, 5_000);
  await writeFolder(join(work, 'long-person'), [long]);
  await writeFolder(join(work, 'many-people'), Array.from({ length: 2_000 }, (_, n) => person(n, 12)));
  const person5000 = await timeScreen(join(work, 'long-person'), `#/r/${long.relationship.id}`, '.timeline .tl-item', runs);
  const home2000 = await timeScreen(join(work, 'many-people'), '#/', 'a.card-link', runs);
  const line = (what: string, f: Figure, target: number) =>
    `${what.padEnd(38)} ${f.median.toFixed(0).padStart(5)} / ${f.p95.toFixed(0).padStart(5)} ms   target ≤ ${target} ms   ${f.p95 <= target ? 'met' : 'MISSED'}  (${f.runs} runs)\n`;
  process.stdout.write(line('open a person with 5,000 entries', person5000, LONG_LIST_TARGETS.person5000Ms));
  process.stdout.write(line('open Home with 2,000 people', home2000, LONG_LIST_TARGETS.home2000Ms));
  return { person5000, home2000 };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void longListTimings(resolve(import.meta.dirname, '../../.tmp/bench-long'), process.argv.includes('--quick') ? 3 : 7);
}
