/**
 * Eight weeks with three people, written through the real channels with backdated dates, for the
 * trust-over-time tests (unit and end-to-end) and the screenshot script:
 *   - Sam Rivera: one missed deadline, then weeks of kept commitments and rising checks → recovering;
 *   - Ana Silva: a missed handover, some progress, then a repeat miss 9 days ago → declining;
 *   - Kim Okafor: a misleading status update 10 days ago and one check since → too early to tell.
 * Every date counts back from `now`, so the story reads the same whenever it is seeded.
 */
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Caller, type Value } from './typed-call';

type In<C extends Channel> = Input<C>;
type Cause = In<'incidents:create'>['causes'][number]['cause'];
type Fear = NonNullable<NonNullable<In<'preparations:save-draft'>['patch']['coolDown']>['fears']>[number];
import { localDay, localIso } from '../../src/core/logic/calendar';

type Call = Caller['call'];

const DAY = 86_400_000;

export interface TrustStory {
  sam: string;
  ana: string;
  kim: string;
}

export async function seedTrustStory(call: Call, now: Date): Promise<TrustStory> {
  const s = new Seeder(call, now);
  const sam = await seedSam(s);
  const ana = await seedAna(s);
  const kim = await seedKim(s);
  return { sam, ana, kim };
}

class Seeder {
  constructor(
    private readonly raw: Call,
    readonly now: Date,
  ) {}

  ok<C extends Channel>(channel: C, input: Input<C>): Promise<Value<C>> {
    return callOk({ call: this.raw })(channel, input);
  }

  /** An instant `days` ago (fractions allowed; negative is in the future). */
  ago(days: number): string {
    return localIso(new Date(this.now.getTime() - days * DAY));
  }

  /** A calendar day `days` ago, in local time like the date pickers. */
  day(days: number): string {
    return localDay(new Date(this.now.getTime() - days * DAY));
  }

  person(name: string, role: string, kind: In<'relationships:create'>['kind']): Promise<{ id: string }> {
    return this.ok('relationships:create', { name, role, kind, started: null, notes: '' });
  }

  incident(rel: string, title: string, daysAgo: number, domains: In<'incidents:create'>['domains'], cause: In<'incidents:create'>['causes'][number]['cause']): Promise<{ id: string }> {
    return this.ok('incidents:create', {
      relationshipId: rel, title, occurredAt: this.ago(daysAgo), facts: 'What a camera would have seen.', impact: '',
      domains, causes: [{ cause, confidence: 'medium' }],
      baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'repairing',
    });
  }

  /** A check: `focus` on reliability and reliance, the others steady; hot when activated with no source. */
  check(rel: string, daysAgo: number, focus: number, options: { hot?: boolean; sincerity?: number } = {}): Promise<unknown> {
    const r = Math.floor(focus);
    return this.ok('checks:create', {
      relationshipId: rel, at: this.ago(daysAgo),
      ratings: { reliability: r, competence: 5, sincerity: options.sincerity ?? 6, care: 4, reliance: Math.round(2 * focus - r) },
      evidence: 'The weekly update arrived.', interpretation: '', activation: options.hot ? 3 : 1, emotion: options.hot ? 'Angry' : 'Calm',
      source: options.hot ? '' : 'The week itself.', debriefId: null,
    });
  }

  /** Prepares and debriefs one conversation; returns the commitments it created (theirs first). */
  async conversation(rel: string, incidentId: string, daysAgo: number, guess: { guessed: Cause; actual: Cause }, fears: Fear[]) {
    const prep = await this.ok('preparations:start', { relationshipId: rel, incidentId, plannedAt: this.ago(daysAgo) });
    await this.ok('preparations:save-draft', { relationshipId: rel, id: prep.id, patch: { coolDown: { activation: 1, fears } } });
    await this.ok('preparations:finish', { relationshipId: rel, id: prep.id });
    const debrief = await this.ok('debriefs:start', { relationshipId: rel, preparationId: prep.id, incidentId: null });
    const outcome = guess.guessed === guess.actual ? 'confirmed' : 'revised';
    await this.ok('debriefs:save', {
      relationshipId: rel, id: debrief.id, heldAt: this.ago(daysAgo), steps: debrief.steps, theirView: '', surprised: '', learned: '',
      differently: '', fewerCommitmentsReason: '', diagnosis: { guessed: guess.guessed, outcome, actual: guess.actual },
      commitmentDrafts: [
        { key: 'them', owner: 'them', text: 'A short status note every Friday.', dueAt: this.day(daysAgo - 7) },
        { key: 'me', owner: 'me', text: 'Take one project off their plate.', dueAt: this.day(daysAgo - 5) },
      ],
    });
    return (await this.ok('debriefs:finish', { relationshipId: rel, id: debrief.id })).commitments;
  }

  commitment(rel: string, owner: 'them' | 'me', text: string, dueDaysAgo: number): Promise<{ id: string }> {
    return this.ok('commitments:create', { relationshipId: rel, owner, text, dueAt: this.day(dueDaysAgo), debriefId: null });
  }

  resolve(rel: string, id: string, status: In<'commitments:resolve'>['status'], daysAgo: number): Promise<unknown> {
    return this.ok('commitments:resolve', { relationshipId: rel, id, status, note: '', resolvedAt: this.ago(daysAgo) });
  }
}

async function seedSam(s: Seeder): Promise<string> {
  const rel = (await s.person('Sam Rivera', 'Account lead', 'direct-report')).id;
  const incident = await s.incident(rel, 'The Acme report arrived three days late', 56, ['reliability'], 'skill-gap');
  const [theirs, mine] = await s.conversation(rel, incident.id, 54, { guessed: 'skill-gap', actual: 'stretched-too-thin' }, ['standing', 'client']);
  await s.resolve(rel, theirs!.id, 'kept', 46);
  await s.resolve(rel, mine!.id, 'kept', 49);
  for (const [due, status] of [[38, 'kept'], [30, 'renegotiated'], [22, 'kept'], [12, 'kept']] as const) {
    const c = await s.commitment(rel, 'them', 'Send the client summary by Thursday.', due);
    await s.resolve(rel, c.id, status, due);
  }
  const late = await s.commitment(rel, 'me', 'Review the draft within a day.', 26);
  await s.resolve(rel, late.id, 'late', 24);
  // Weekly checks rising from 3 to 5, and one heated evening that stays out of the trend.
  for (const [days, focus] of [[52, 3], [45, 3], [38, 3.5], [31, 3.5], [24, 4], [17, 4.5], [10, 4.5], [3, 5]] as const) {
    await s.check(rel, days, focus);
  }
  await s.check(rel, 20, 2, { hot: true });
  await s.commitment(rel, 'them', 'Share the Q3 plan with the team.', -2);
  await s.commitment(rel, 'me', 'Book the skills session.', 0);
  await s.ok('preparations:start', { relationshipId: rel, incidentId: incident.id, plannedAt: s.ago(-3) });
  return rel;
}

async function seedAna(s: Seeder): Promise<string> {
  const rel = (await s.person('Ana Silva', 'Design lead', 'peer')).id;
  const incident = await s.incident(rel, 'The launch handover was missed', 56, ['reliability'], 'stretched-too-thin');
  const [theirs, mine] = await s.conversation(rel, incident.id, 53, { guessed: 'stretched-too-thin', actual: 'stretched-too-thin' }, ['client', 'control']);
  await s.resolve(rel, theirs!.id, 'kept', 46);
  await s.resolve(rel, mine!.id, 'kept', 48);
  for (const [days, focus] of [[50, 3], [43, 3.5], [36, 3.5], [29, 4], [22, 4]] as const) await s.check(rel, days, focus);
  const kept = await s.commitment(rel, 'them', 'Flag blockers at stand-up.', 30);
  await s.resolve(rel, kept.id, 'kept', 30);
  const missed = await s.commitment(rel, 'them', 'Hand over the launch checklist.', 9);
  await s.resolve(rel, missed.id, 'missed', 8);
  await s.incident(rel, 'The checklist handover was missed again', 9, ['reliability'], 'stretched-too-thin');
  await s.ok('monitoring-notes:create', { relationshipId: rel, at: s.ago(6), kind: 'extra-check-in', note: '' });
  return rel;
}

async function seedKim(s: Seeder): Promise<string> {
  const rel = (await s.person('Kim Okafor', 'Client partner', 'client')).id;
  await s.incident(rel, 'A status update that did not match the numbers', 10, ['sincerity'], 'misunderstanding');
  await s.check(rel, 5, 4, { sincerity: 3 });
  return rel;
}
