import { describe, expect, it } from 'vitest';
import { SyncWorld, value, type SimDevice } from '../../support/sync-sim';

/**
 * Property test: random schedules of edits on two or three computers, with late, out-of-order and
 * partial transfers, conflict copies, crashes mid-append, and clocks that drift and jump back. After a
 * full sync every device must hold the same journals, every acknowledged entry not removed on purpose
 * must be there, and no person may show twice or as a ghost.
 */
const SCHEDULES = 1000;
const BUDGET_MS = 240_000;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Truth {
  people: Set<string>;
  removedPeople: Set<string>;
  notes: Map<string, { person: string; text: string }>;
  removedNotes: Set<string>;
  texts: Set<string>;
}

const sam = { role: '', kind: 'peer', started: null, notes: 'start here' };

async function step(world: SyncWorld, pick: () => number, truth: Truth, n: number): Promise<void> {
  const devices = world.devices;
  const d = devices[Math.floor(pick() * devices.length)]!;
  const core = d.core ?? (await world.open(d));
  const people = [...truth.people].filter((p) => !truth.removedPeople.has(p));
  const visible = new Set((await value<{ id: string }[]>(core, 'relationships:list', { includeArchived: true })).map((r) => r.id));
  const mine = people.filter((p) => visible.has(p));
  const roll = pick();
  const person = mine[Math.floor(pick() * mine.length)];
  if (roll < 0.12 || !person) {
    const { id } = await value<{ id: string }>(core, 'relationships:create', { ...sam, name: `P${n}` });
    truth.people.add(id);
  } else if (roll < 0.32) {
    const text = `notes ${n} from ${d.name}`;
    const current = await value<{ relationship: { name: string } }>(core, 'journals:get', { relationshipId: person });
    await value(core, 'relationships:update', { id: person, ...sam, name: current.relationship.name, notes: text });
    truth.texts.add(text);
  } else if (roll < 0.5) {
    const text = `entry ${n}`;
    const { id } = await value<{ id: string }>(core, 'monitoring-notes:create', { relationshipId: person, at: '2026-11-30T08:00:00.000Z', kind: 'other', note: text });
    truth.notes.set(id, { person, text });
  } else if (roll < 0.56) {
    const j = await value<{ monitoringNotes: { id: string }[] }>(core, 'journals:get', { relationshipId: person });
    const victim = j.monitoringNotes[Math.floor(pick() * j.monitoringNotes.length)];
    if (victim) {
      await value(core, 'monitoring-notes:delete', { relationshipId: person, id: victim.id });
      truth.removedNotes.add(victim.id);
    }
  } else if (roll < 0.58) {
    await value(core, 'relationships:delete', { id: person });
    truth.removedPeople.add(person);
  } else if (roll < 0.86) {
    const to = devices[Math.floor(pick() * devices.length)]!;
    if (to !== d) world.transfer(d, to, { ...(pick() < 0.3 ? { cut: pick() } : {}), conflictCopies: pick() < 0.5 });
    if (to !== d) to.core = null; // the other computer notices at its next open
  } else if (roll < 0.93) {
    d.skew += pick() < 0.5 ? -3_600_000 : 90_000; // a clock set back an hour, or drifting ahead
  } else {
    crashMidAppend(d, pick);
  }
}

/** kill -9 in the middle of an append: the device's own log ends in part of a line nobody acknowledged. */
function crashMidAppend(d: SimDevice, pick: () => number): void {
  const own = [...d.files.files.keys()].filter((k) => k.endsWith(`.${d.id}.log`));
  const path = own[Math.floor(pick() * own.length)];
  if (path) {
    const torn = new TextEncoder().encode('{"t":"2026-12-01T09:00:00.000Z-0000-'.slice(0, 1 + Math.floor(pick() * 30)));
    d.files.files.set(path, new Uint8Array([...d.files.files.get(path)!, ...torn]));
  }
  d.core = null;
}

async function settle(world: SyncWorld): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const a of world.devices) for (const b of world.devices) if (a !== b) world.transfer(a, b, { conflictCopies: true });
    // Each opens once so a torn own tail is cut and conflict copies are read, then everything travels again.
    for (const d of world.devices) await world.open(d);
  }
}

async function check(world: SyncWorld, truth: Truth): Promise<void> {
  const views: string[] = [];
  for (const d of world.devices) {
    const core = await world.open(d);
    const list = await value<{ id: string }[]>(core, 'relationships:list', { includeArchived: true });
    const ids = list.map((r) => r.id).sort();
    expect(new Set(ids).size, 'a person shown twice').toBe(ids.length);
    const expected = [...truth.people].filter((p) => !truth.removedPeople.has(p)).sort();
    expect(ids, `${d.name} lists exactly the people not removed`).toEqual(expected);
    const journals = [];
    for (const id of ids) {
      const j = await value<{ relationship: { notes: string }; monitoringNotes: { id: string; note: string }[] }>(core, 'journals:get', { relationshipId: id });
      journals.push(j);
      const kept = [...truth.notes].filter(([nid, n]) => n.person === id && !truth.removedNotes.has(nid)).map(([nid]) => nid).sort();
      expect(j.monitoringNotes.map((m) => m.id).sort(), 'every acknowledged entry not removed').toEqual(kept);
      expect(j.relationship.notes === sam.notes || truth.texts.has(j.relationship.notes)).toBe(true);
    }
    views.push(JSON.stringify(journals));
  }
  expect(new Set(views).size, 'all devices converge').toBe(1);
}

describe('multi-device simulator', () => {
  it(`converges with nothing lost over ${SCHEDULES} random schedules`, { timeout: BUDGET_MS + 30_000 }, async () => {
    const started = performance.now();
    let schedules = 0;
    let steps = 0;
    for (let seed = 1; seed <= SCHEDULES && performance.now() - started < BUDGET_MS; seed++) {
      const pick = rng(seed);
      const world = new SyncWorld(pick() < 0.5 ? ['home', 'work'] : ['home', 'work', 'travel'], 1 + Math.floor(pick() * 6));
      const truth: Truth = { people: new Set(), removedPeople: new Set(), notes: new Map(), removedNotes: new Set(), texts: new Set() };
      const length = 6 + Math.floor(pick() * 14);
      try {
        for (let n = 0; n < length; n++) await step(world, pick, truth, n);
        await settle(world);
        await check(world, truth);
      } catch (e) {
        throw new Error(`schedule ${seed} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      schedules++;
      steps += length;
    }
    console.log(`sync simulator: ${schedules} schedules, ${steps} steps, ${(performance.now() - started).toFixed(0)} ms`);
    expect(schedules).toBe(SCHEDULES);
  });
});
