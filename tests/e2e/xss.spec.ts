import type { Page } from '@playwright/test';
import type { Core } from '../../src/core/open-core';
import { test, expect } from './fixtures';
import { buildCorpus } from './xss/vectors';
import { learnFields } from './xss/markdown-fields';

/**
 * The XSS corpus, written into every Markdown field the contract has and rendered by the built app in
 * Chromium under the production CSP. Success is counted by hooks, not by eye: the `__xss` tripwire that
 * every payload calls, JavaScript dialogs, CSP violation events, the harness's outbound-request list,
 * and a walk of every rendered Markdown block against the sanitiser's allow-list.
 */
const TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const ATTRS = ['href', 'title', 'rel'];
const SMALL = 8;
const BATCH = 40;

const HOOKS = `
  window.__xssHits = [];
  window.__xss = (id) => window.__xssHits.push(String(id));
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI), true);
`;

interface Visit {
  pages: number;
  blocks: number;
  bad: string[];
  links: string[];
}

/** Shows each page in turn inside the app (hash navigation, no reload), then checks what it drew. */
async function visit(page: Page, hashes: { hash: string; heading: string | null }[], tags: string[], attrs: string[]): Promise<Visit> {
  return page.evaluate(
    async ({ hashes, tags, attrs }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const out = { pages: 0, blocks: 0, bad: [] as string[], links: [] as string[] };
      for (const { hash, heading } of hashes) {
        location.hash = hash;
        for (let i = 0; i < 200; i++) {
          await frame();
          const h1 = document.querySelector('main h1')?.textContent ?? '';
          if ((heading === null || h1 === heading) && !document.querySelector('main [aria-busy="true"]')) break;
        }
        document.querySelectorAll('details').forEach((d) => (d.open = true));
        await frame();
        out.pages++;
        for (const block of document.querySelectorAll('.markdown')) {
          out.blocks++;
          for (const el of block.querySelectorAll('*')) {
            const tag = el.tagName.toLowerCase();
            if (!tags.includes(tag)) out.bad.push(`${hash}: <${tag}>`);
            for (const a of el.attributes) {
              if (!attrs.includes(a.name)) out.bad.push(`${hash}: <${tag} ${a.name}>`);
              if (a.name === 'href' && !/^(https?:|mailto:)/i.test(a.value)) out.bad.push(`${hash}: href ${a.value}`);
            }
          }
        }
        for (const el of document.body.querySelectorAll('*')) {
          if (/^(iframe|frame|object|embed|script|base|style|link|meta)$/i.test(el.tagName)) out.bad.push(`${hash}: <${el.tagName}> in body`);
          for (const a of el.attributes) if (/^on/i.test(a.name)) out.bad.push(`${hash}: ${el.tagName} ${a.name}`);
        }
        document.querySelectorAll<HTMLAnchorElement>('main a[href^="#/r/"]').forEach((a) => out.links.push(a.getAttribute('href') ?? ''));
      }
      return out;
    },
    { hashes, tags, attrs },
  );
}

async function createPerson(core: Core, name: string, notes: string): Promise<string> {
  const r = await core.call('relationships:create', { name, role: '', kind: 'peer', started: null, notes });
  if (!r.ok) throw new Error(`could not create ${name}: ${r.message}`);
  return (r.value as { id: string }).id;
}

/** Runs `work` over `items`, `n` at a time. */
async function inParallel<T>(items: T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

test('the XSS corpus runs nothing, opens nothing and reaches nothing, in every Markdown field', async ({ openMend }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  const app = await openMend();
  const { page, core } = app;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(HOOKS);
  await page.reload();

  const corpus = buildCorpus();
  const fields = await learnFields(core, await createPerson(core, 'Field finder', 'Plain notes.'));
  let seeded = 0;
  // Every vector alone in a person's notes: nothing next to it can hide or help it.
  const people: { id: string; name: string }[] = [];
  await inParallel(corpus, 4, async (v) => {
    const name = `Vector ${v.id}`;
    people.push({ id: await createPerson(core, name, v.text), name });
  });
  // Every vector in every other Markdown field, a few to a record (each save costs a durable write),
  // and many to a record for the screens a record opens on (cue cards, debriefs…).
  const groups = async (size: number, label: string) => {
    const made: { id: string; name: string }[] = [];
    for (let i = 0; i < corpus.length; i += size) {
      const text = corpus.slice(i, i + size).map((v) => v.text).join('\n\n');
      const name = `${label} ${i / size + 1}`;
      const id = await createPerson(core, name, text);
      const accepted = await fields.seed(core, id, text);
      seeded += accepted;
      made.push({ id, name });
    }
    return made;
  };
  const small = await groups(SMALL, 'Group');
  const batches = await groups(BATCH, 'Batch');

  const seededAt = Date.now();
  const first = await visit(page, [...people, ...small, ...batches].map((p) => ({ hash: `#/r/${p.id}`, heading: p.name })), TAGS, ATTRS);
  const subpages = [...new Set(first.links.filter((h) => batches.some((b) => h.startsWith(`#/r/${b.id}/`)) && !/\/(new|edit)$/.test(h)))];
  const second = await visit(page, subpages.map((hash) => ({ hash, heading: null })), TAGS, ATTRS);
  const deeper = [...new Set(second.links.filter((h) => !subpages.includes(h) && !/\/(new|edit)$/.test(h) && batches.some((b) => h.startsWith(`#/r/${b.id}/`))))];
  const third = await visit(page, deeper.map((hash) => ({ hash, heading: null })), TAGS, ATTRS);
  await page.waitForTimeout(500); // room for any late timer, animation or load event to fire

  const hits = await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits);
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  const pages = first.pages + second.pages + third.pages;
  const blocks = first.blocks + second.blocks + third.blocks;
  console.log(
    `xss: ${corpus.length} vectors (${corpus.filter((v) => v.form === 'html').length} HTML, ${corpus.filter((v) => v.form === 'markdown').length} Markdown); ` +
      `${fields.covered.length + 1} Markdown fields (relationships:create notes, ${fields.covered.join(', ')}); ${seeded} records seeded through the API; ` +
      `${pages} pages, ${blocks} Markdown blocks checked; ${hits.length} script runs, ${dialogs.length} dialogs, ${csp.length} CSP violations, ` +
      `${app.outbound.length} outbound requests; ${((Date.now() - started) / 1000).toFixed(1)} s (seeding ${((seededAt - started) / 1000).toFixed(1)} s)`,
  );
  if (fields.skipped.length) console.log(`xss: fields not reachable yet: ${fields.skipped.map((s) => `${s.channel} (${s.reason})`).join('; ')}`);

  expect(corpus.length).toBeGreaterThanOrEqual(300);
  expect(hits, 'payloads that ran').toEqual([]);
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(csp, 'CSP violations (the sanitiser let something through to the CSP)').toEqual([]);
  expect(app.outbound, 'requests outside the app').toEqual([]);
  expect([...first.bad, ...second.bad, ...third.bad], 'markup outside the allow-list').toEqual([]);
  expect(first.blocks).toBeGreaterThanOrEqual(corpus.length);
});

test('control: the same hooks do catch a payload that skips the sanitiser', async ({ openMend }) => {
  const app = await openMend();
  // A second tab of the app, outside the fixture's error list: what it provokes here is on purpose.
  const probe = await app.context.newPage();
  await probe.addInitScript(HOOKS);
  await probe.goto(app.page.url());
  await expect(probe.getByRole('heading', { level: 1 })).toBeVisible();
  const seen = await probe.evaluate(async () => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="missing.png" onerror="__xss(\'raw\')"><p style="color:red">x</p><a href="javascript:__xss(\'link\')">x</a>';
    document.body.append(box);
    box.querySelector('a')?.click();
    await new Promise((r) => setTimeout(r, 500));
    const w = window as unknown as { __xssHits: string[]; __csp: string[] };
    return { hits: w.__xssHits, csp: w.__csp };
  });
  // The production CSP blocks all three, and says so: the hooks that found none above are live.
  expect(seen.hits).toEqual([]);
  expect(seen.csp.some((v) => v.startsWith('script-src-attr'))).toBe(true);
  expect(seen.csp.some((v) => v.startsWith('style-src-attr'))).toBe(true);
  expect(seen.csp.some((v) => v.startsWith('script-src-elem') || v.startsWith('script-src '))).toBe(true);
  await probe.close();
});
