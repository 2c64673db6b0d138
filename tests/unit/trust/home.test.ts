import { describe, it, expect, beforeEach } from 'vitest';
import { seedTrustStory, type TrustStory } from '../../support/trust-story';
import { trustWorld, readIndex, NOW, DAY, type TrustWorld } from './world';
import type { HomeData, NowItem } from '../../../src/core/logic/home';
import { computeVerdict } from '../../../src/core/logic/verdict';
import { localIso } from '../../../src/core/logic/calendar';
import { verdictInputFromJournal } from '../../../src/core/logic/trust-inputs';

describe('home:get over eight weeks with three people', () => {
  let w: TrustWorld;
  let story: TrustStory;
  beforeEach(async () => {
    w = await trustWorld();
    story = await seedTrustStory((c, i) => w.core.call(c, i), NOW);
  });

  const home = () => w.ok('home:get', {});
  const person = (data: HomeData, id: string) => data.people.find((p) => p.id === id)!;
  const nowWords = (n: NowItem) =>
    n.kind === 'commitment' ? [n.kind, n.commitment.relationshipName, n.commitment.owner, n.commitment.inDays]
    : n.kind === 'debrief' ? [n.kind, n.plan.relationshipName]
    : n.kind === 'follow-up' ? [n.kind, n.followUp.relationshipName] : [n.kind, n.reminder.relationshipName];
  const nowKey = (n: NowItem) =>
    n.kind === 'commitment' ? n.commitment.id : n.kind === 'debrief' ? n.plan.preparationId : n.kind === 'follow-up' ? n.followUp.id : n.reminder.key;

  it('gives each person the verdict of their story, with its reason', async () => {
    const data = await home();
    expect(person(data, story.sam).verdict).toMatchObject({ kind: 'recovering', label: 'Recovering' });
    expect(person(data, story.sam).verdict.why).toMatch(/^Recovering: reliability up \d\.\d a month over 8 calm checks; they kept 5 of 5 recent commitments/);
    expect(person(data, story.ana).verdict).toMatchObject({ kind: 'declining', label: 'Declining' });
    expect(person(data, story.ana).verdict.why).toMatch(/^Declining: a newer incident 9 days ago also touched reliability;.*they kept 2 of 3 recent commitments\.$/);
    expect(person(data, story.kim).verdict).toMatchObject({ kind: 'too-early', label: 'Too early to tell' });
    expect(person(data, story.kim).verdict.why).toMatch(/^Too early to tell about sincerity: 1 calm check so far/);
  });

  it('for the first screen, lists the first people as the whole answer does, and all the rest of Home', async () => {
    const whole = await home();
    const firstTwo = await w.ok('home:get', { first: 2 });
    expect(whole.people).toHaveLength(3);
    expect(firstTwo.people).toEqual(whole.people.slice(0, 2));
    expect(firstTwo.counts).toEqual({ active: 3, archived: 0 });
    expect(whole.counts).toEqual({ active: 3, archived: 0 });
    const { people: _a, ...restOfFirst } = firstTwo;
    const { people: _b, ...restOfWhole } = whole;
    expect(restOfFirst).toEqual(restOfWhole); // due items, plans, reminders: still everyone's
    await w.refused('home:get', { first: 0 });
  });

  it('agrees with the verdict computed from the whole journal', async () => {
    const data = await home();
    for (const id of [story.sam, story.ana, story.kim]) {
      const journal = await w.ok('journals:get', { relationshipId: id });
      const full = computeVerdict(verdictInputFromJournal(journal, NOW));
      expect(person(data, id).verdict).toMatchObject({ kind: full.kind, reason: full.reason, why: full.why, lagFlag: full.lagFlag });
    }
  });

  it('draws the sparkline from the latest checks, hot ones marked', async () => {
    const spark = person(await home(), story.sam).spark;
    expect(spark).toHaveLength(9);
    expect(spark.filter((p) => p.hot)).toHaveLength(1);
    expect(spark.map((p) => p.at)).toEqual([...spark.map((p) => p.at)].sort());
  });

  it('lists what is due now apart from what is coming up: each item once, nothing past coming up', async () => {
    const data = await home();
    expect(data.now.map(nowWords)).toEqual([
      ['commitment', 'Sam Rivera', 'me', 0],
      ['check', 'Ana Silva'],
    ]);
    expect(data.due.map((d) => [d.relationshipName, d.owner, d.inDays])).toEqual([['Sam Rivera', 'them', 2]]);
    expect(data.planned).toEqual([
      expect.objectContaining({ relationshipName: 'Sam Rivera', status: 'draft', past: false, plannedAt: localIso(new Date(NOW.getTime() + 3 * DAY)) }),
    ]);
  });

  it('puts a planned conversation that has passed first, to debrief, and takes it out of coming up', async () => {
    w.clock.now = new Date(NOW.getTime() + 3 * DAY + 60_000);
    const data = await home();
    expect(data.now[0]).toMatchObject({ kind: 'debrief', plan: { relationshipName: 'Sam Rivera', past: true } });
    expect(data.planned).toEqual([]);
    // Three days on, the commitment that was due in two days is past its date: due now, not coming up.
    expect(data.now.filter((n) => n.kind === 'commitment').map(nowWords)).toEqual([
      ['commitment', 'Sam Rivera', 'me', -3],
      ['commitment', 'Sam Rivera', 'them', -1],
    ]);
    expect(data.due).toEqual([]);
    const keys = [...data.now.map(nowKey), ...data.due.map((d) => d.id), ...data.planned.map((p) => p.preparationId)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reminds about what is due today and the check that is overdue, never with journal text', async () => {
    const reminders = await w.ok('reminders:due', {});
    expect(reminders.map((r) => [r.kind, r.relationshipName, r.title, r.body])).toEqual([
      ['commitment', 'Sam Rivera', 'Your commitment is due today', 'With Sam Rivera'],
      ['check', 'Ana Silva', 'A trust check is overdue', 'With Ana Silva: no check for 22 days'],
    ]);
    expect((await home()).reminders).toEqual(reminders);
    expect(person(await home(), story.ana).check).toEqual({ openIncident: true, days: 22, level: 'overdue' });
  });

  it('keeps the index text-free: no evidence, sources, titles or notes in the trust inputs', async () => {
    await w.core.settled?.(); // summaries follow the acknowledged saves once saving pauses
    const text = JSON.stringify(readIndex(w.files).relationships.map((r) => r['trust']));
    for (const written of ['weekly update', 'The week itself', 'Acme', 'camera', 'status note']) expect(text).not.toContain(written);
    expect(text).toContain('"sourceNamed":true');
  });

  it('survives a restart: a fresh core computes the same Home from the index', async () => {
    const before = await home();
    const again = await w.reopen();
    const after = await again.call('home:get', {});
    expect(after).toEqual({ ok: true, value: before });
  });

  it('moves on with time: weeks later, with nothing new, Sam is too early to tell again', async () => {
    w.clock.now = new Date(NOW.getTime() + 70 * DAY);
    const sam = person(await home(), story.sam);
    expect(sam.verdict.kind).toBe('too-early');
    expect(sam.check).toMatchObject({ level: 'overdue' });
  });

  it('refuses unknown fields, store unchanged', async () => {
    expect(await w.refused('home:get', { all: true })).toMatchObject({ code: 'invalid-input' });
    expect(await w.refused('reminders:due', { day: '2026-01-01' })).toMatchObject({ code: 'invalid-input' });
  });
});

describe('home:get with nobody and with archived people', () => {
  it('is empty on a new data folder', async () => {
    const w = await trustWorld();
    expect(await w.ok('home:get', {})).toEqual({ people: [], counts: { active: 0, archived: 0 }, now: [], due: [], planned: [], reminders: [], followUps: [] });
  });

  it('keeps archived people last and out of reminders and due lists', async () => {
    const w = await trustWorld();
    const story = await seedTrustStory((c, i) => w.core.call(c, i), NOW);
    await w.ok('relationships:archive', { id: story.sam, archived: true });
    const data = await w.ok('home:get', {});
    expect(data.people.map((p) => [p.name, p.archived])).toEqual([
      ['Ana Silva', false],
      ['Kim Okafor', false],
      ['Sam Rivera', true],
    ]);
    expect(data.counts).toEqual({ active: 2, archived: 1 });
    expect(data.due).toEqual([]);
    expect(data.planned).toEqual([]);
    expect(data.reminders.map((r) => r.relationshipName)).toEqual(['Ana Silva']);
  });

  it('a person with no incident gets a plain summary, not a repair verdict', async () => {
    const w = await trustWorld();
    const id = (await w.ok('relationships:create', { name: 'Lee', role: '', kind: 'peer', started: null, notes: '' })).id;
    const data = await w.ok('home:get', {});
    expect(data.people[0]).toMatchObject({ id, verdict: { kind: 'summary', label: 'No checks yet' }, spark: [], check: { openIncident: false, level: 'none' } });
  });
});
