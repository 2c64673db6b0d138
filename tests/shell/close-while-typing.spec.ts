import { expect, test } from './harness/worker-browser';
import { launchStandIn, newHome, type StandInApp } from './harness/stand-in-app';
import { journalsOf, ok, openFolder, savedSource, seedPreparation } from './harness/seed';

/**
 * Closing the window right after typing loses nothing: the BUILT app on the Electron stand-in, a
 * person typing into an autosaved field and closing the window 0–800 ms after the last keystroke
 * (often while an earlier save is still in flight), then the journal on disk read back. Randomised
 * with a printed seed (MEND_CLOSE_SEED repeats a run), bounded in runs and time.
 *
 * The runs are split into BATCHES tests that Playwright may spread over its workers (the file runs
 * in parallel mode): one long serial test used to start last and leave the other worker idle.
 * Each batch has its own home, its own share of the runs and budget, and a seed derived from SEED.
 */
// 24 in `npm test` (CI's machine took 11 minutes of worker time for 100, and 2 for 48, as the suite grew
// towards npm test's 20-minute aim); `npm run soak` runs 1,000.
const RUNS = Number(process.env['MEND_CLOSE_RUNS'] ?? 24);
const BUDGET_MS = Number(process.env['MEND_CLOSE_BUDGET_MS'] ?? 40 * 60_000);
const SEED = Number(process.env['MEND_CLOSE_SEED'] ?? Date.now() % 1_000_000);
const BATCHES = 4;

test.describe.configure({ mode: 'parallel' });
const FIELD = 'role=textbox[name="Where is it coming from?"]';
const WORDS = ['the launch', 'Monday', 'a missed call', 'the client', 'our review', 'late again', 'worried', 'tired', 'the deadline'];

/** mulberry32: small, seedable, good enough to spread timings. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


async function openPreparation(app: StandInApp, ids: { relationshipId: string; prepId: string }): Promise<void> {
  await app.page('waitFor', 'role=heading[level=1][name="Your people"]', { timeout: 30_000 });
  await app.page('evaluate', undefined, `location.hash = '#/r/${ids.relationshipId}/prepare/${ids.prepId}'`);
  try {
    await app.page('click', FIELD, { timeout: 30_000 });
  } catch (error) {
    // Not a loss (nothing was typed yet), but never silent: say what the window showed instead.
    const shown = await app.page('evaluate', undefined, `location.hash + ' | ' + (document.querySelector('h1')?.textContent ?? '')`).catch(() => '?');
    throw new Error(`the preparation screen did not open (window showed: ${String(shown)})`, { cause: error });
  }
}

for (let batch = 0; batch < BATCHES; batch++) {
  // Batch sizes add up to RUNS exactly (100 → 25 each).
  const mine = Math.floor(((batch + 1) * RUNS) / BATCHES) - Math.floor((batch * RUNS) / BATCHES);
  test(`close while typing, batch ${batch + 1} of ${BATCHES}: ${mine} of ${RUNS} randomized runs, 0 characters lost`, async ({ browserWs }) => {
    await closeWhileTyping(browserWs, batch, mine, BUDGET_MS / BATCHES);
  });
}

async function closeWhileTyping(browserWs: string, batch: number, wanted: number, budgetMs: number): Promise<void> {
  test.setTimeout(budgetMs + 5 * 60_000);
  const seed = SEED + batch;
  const next = random(seed);
  const home = newHome();
  const started = Date.now();
  const lost: string[] = [];
  let runs = 0;
  let typedChars = 0;
  while (runs < wanted && Date.now() - started < budgetMs) {
    const ids = await seedPreparation(journalsOf(`${home}/.config/mend`));
    const app = launchStandIn({ home, browserWs });
    try {
      await openPreparation(app, ids);
      const text = Array.from({ length: 1 + Math.floor(next() * 4) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
      await app.page('keyboard.type', undefined, text, { delay: Math.floor(next() * 25) });
      const pause = Math.floor(next() * 800);
      await new Promise((resolve) => setTimeout(resolve, pause));
      await app.op('close-window');
      expect(await app.exited, 'the app exits by itself after its window closes').toBe(0);
      const saved = await savedSource(journalsOf(`${home}/.config/mend`), ids);
      typedChars += text.length;
      if (saved !== text) lost.push(`run ${runs} (closed ${pause} ms after typing): typed ${text.length} chars, saved ${saved.length}`);
      runs += 1;
      if (runs % 10 === 0) console.log(`  … batch ${batch + 1}: ${runs} runs, ${lost.length} lost so far, ${Math.round((Date.now() - started) / 1000)} s`);
    } finally {
      app.kill();
    }
  }
  console.log(`close while typing, batch ${batch + 1}: ${runs} runs, ${typedChars} characters typed, ${lost.length} runs lost text (seed ${seed}, MEND_CLOSE_SEED=${SEED})`);
  for (const line of lost) console.log(`  ${line}`);
  expect(lost).toEqual([]);
  expect(runs, `only ${runs} runs fitted the ${budgetMs} ms budget`).toBe(wanted);
}

test('a save still in flight when the window goes away is finished before Mend quits', async ({ browserWs }) => {
  const home = newHome();
  const app = launchStandIn({ home, browserWs });
  await app.page('waitFor', 'role=heading[level=1][name="Your people"]', { timeout: 30_000 });
  // The page sends a save as it unloads (as a renderer's pagehide flush does); main gets it after the
  // page is gone, and quitting must wait for it rather than cut it off.
  await app.page(
    'evaluate',
    undefined,
    `addEventListener('pagehide', () => { for (let i = 0; i < 20; i++) window.mend.invoke('relationships:create', { name: 'Late ' + i, role: '', kind: 'peer', started: null, notes: 'x'.repeat(20000) }); })`,
  );
  await app.op('close-window');
  expect(await app.exited).toBe(0);
  const people = await ok(await openFolder(journalsOf(app.userData)), 'relationships:list', { includeArchived: true });
  console.log(`quit with saves in flight: ${people.length} of 20 saved`);
  expect(people).toHaveLength(20);
});

test('a page that never answers the flush request: Mend waits its bound, then Wait or Quit anyway', async ({ browserWs }) => {
  const prompts: string[] = [];
  const app = launchStandIn({
    browserWs,
    onDialog: (request) => {
      prompts.push(`${request.options.message} | ${(request.options.buttons ?? []).join('/')}`);
      // The first time the person waits; the second time they quit anyway.
      return prompts.length === 1 ? 0 : 1;
    },
  });
  await app.page('waitFor', 'role=heading[level=1][name="Your people"]', { timeout: 30_000 });
  await app.page('evaluate', undefined, 'window.mend.onFlushRequest(() => new Promise(() => {}))');
  const asked = Date.now();
  await app.op('close-window');
  expect(await app.exited).toBe(0);
  const waited = Date.now() - asked;
  console.log(`hung renderer: asked twice, closed after ${waited} ms`);
  expect(prompts).toEqual(['Mend is still saving | Wait/Quit anyway', 'Mend is still saving | Wait/Quit anyway']);
  expect(waited).toBeGreaterThanOrEqual(2 * 4_000);
});

test('text a lock kept in memory: closing asks first; Go back keeps Mend open, Quit and lose them quits', async ({ browserWs }) => {
  const home = newHome();
  const core = await openFolder(journalsOf(`${home}/.config/mend`));
  const { recoveryKey } = await ok(core, 'security:draft-key', { passphrase: 'quiet harbour at seven' });
  await ok(core, 'security:enable', { passphrase: 'quiet harbour at seven', recoveryKey });
  const prompts: string[] = [];
  const app = launchStandIn({
    home,
    browserWs,
    onDialog: (request) => {
      prompts.push(`${request.options.message} | ${(request.options.buttons ?? []).join('/')}`);
      // The first time the person goes back (the default); the second time they quit and lose it.
      return prompts.length === 1 ? 1 : 0;
    },
  });
  await app.page('fill', 'role=textbox[name="Passphrase"]', 'quiet harbour at seven', { timeout: 30_000 });
  await app.page('click', 'role=button[name="Unlock"]');
  await app.page('waitFor', 'role=heading[level=1][name="Your people"]');
  // What the page does when a lock comes while the disk refuses a save: main holds it, then locks.
  const item = { key: 'incident:new:abc123', label: 'a new incident', fields: { facts: 'held, never on disk' } };
  await app.page('evaluate', undefined, `window.mend.invoke('held-drafts:hold', { items: [${JSON.stringify(item)}] }).then(() => window.mend.invoke('security:lock', {}))`);
  // The lock reloads the page: close once the lock screen is there, as a person would see it. Closed
  // while the page is still loading, main's flush request can go unanswered for its 4 s on a slow,
  // busy machine, and the "still saving" question comes first (seen once in a CI run at load 6).
  await app.page('waitFor', 'role=textbox[name="Passphrase"]', { timeout: 30_000 });
  await app.op('close-window');
  await expect.poll(() => prompts, { message: 'one question, about the held words' }).toEqual(["Some words you wrote aren't saved yet | Quit and lose them/Go back"]);
  expect(await app.op('window')).toMatchObject({ visible: true });
  await app.op('close-window');
  expect(await app.exited).toBe(0);
  expect(prompts).toEqual(Array(2).fill("Some words you wrote aren't saved yet | Quit and lose them/Go back"));
});
