import { describe, expect, it } from 'vitest';
import { keepOtherChanges, RewrittenOnBoth, CHOSEN_BOTH, chosenBoth, MIXED } from '../../../src/renderer/src/lib/rewritten-on-both';
import { withBase } from '../../../src/renderer/src/lib/draft-base';
import { checkProblem } from '../../../src/core/model/trust-check';

/** A helper's third attack, on 0cb6fc4 (the tests whose names say what it did failed there) (rewritten-on-both.ts): mixes, Start over, kept drafts and lists of choices. */
type Ratings = { reliability: number | null; competence: number | null; sincerity: number | null; care: number | null; reliance: number | null };
type Check = { at: string; activation: number | null; emotion: string; source: string; ratings: Ratings; evidence: string; interpretation: string };
const TEXT = ['emotion', 'source', 'evidence', 'interpretation'] as const;
const R: Ratings = { reliability: 3, competence: null, sincerity: null, care: 6, reliance: null };
const none: Ratings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
const opened: Check = { at: '2026-11-20T10:00', activation: 1, emotion: 'calm', source: 'meeting', ratings: R, evidence: 'The report came in late.', interpretation: '' };
const noop = () => undefined;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Save as the screens do: the stop, or what would be sent. */
function save<T extends object>(form: RewrittenOnBoth<T>, from: T, typed: T, now: T) {
  const said = form.check(from, typed, now, noop);
  return said ? { said } : { next: form.keepOtherChanges(from, typed, now) };
}

describe('attack 3: a mix put on screen, then Start over', () => {
  it('mix on screen, Start over (back to the record as opened), Save: the other computer\'s clearing stands (it was put back)', () => {
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    // What the form started from (createFormDraft's pristine): the record as this visit loaded it.
    const pristine = clone(form.draftOf(opened, opened));
    const typed = { ...opened, ratings: { ...R, care: 5 } };
    const now = { ...opened, ratings: none, evidence: '' }; // the other computer cleared it all
    const said = form.check(opened, typed, now, noop);
    expect(said?.message.startsWith(MIXED)).toBe(true);
    // Start over: the form restores pristine through fromDraft, as TrustCheckPage's restore does.
    const back = form.fromDraft(clone(pristine), opened);
    expect(back.fields).toEqual(opened);
    const out = save(form, back.opened!, back.fields, now);
    // Nothing changed here any more: Save should keep the other computer's record as it is.
    expect(out.next).toEqual(now);
  });

  it('mix on screen, Start over, the draft kept then re-read (restart): the old evidence does not come back as if typed here', () => {
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const pristine = clone(form.draftOf(opened, opened));
    const now = { ...opened, ratings: none, evidence: '' };
    expect(form.check(opened, { ...opened, ratings: { ...R, care: 5 } }, now, noop)?.merged).toBeDefined();
    const back = form.fromDraft(clone(pristine), opened);
    // Something small typed after Start over, so a draft is kept; then a restart.
    const disk = clone(form.draftOf({ ...back.fields, emotion: 'calm, tired' }, back.opened));
    const again = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const b2 = again.fromDraft(disk, now);
    const out = save(again, b2.opened!, b2.fields, now);
    const sent = out.next ?? out.said?.merged;
    expect(sent?.evidence).toBe('');
    expect(sent?.ratings).toEqual(none);
  });

  it('mix, then the other computer writes new evidence before the second Save while evidence is written here: both versions, nothing lost', () => {
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const typed = { ...opened, ratings: { ...R, care: 5 } };
    const now = { ...opened, ratings: none, evidence: '' };
    const said = form.check(opened, typed, now, noop)!;
    const fixed = { ...said.merged!, evidence: 'Mine: sent the figures.' };
    const later = { ...now, evidence: 'Theirs: called twice.' };
    let shown = '';
    const again = form.check(opened, fixed, later, (_f, v) => { shown = v; });
    expect(again?.field).toBe('evidence');
    expect(shown).toContain('Mine: sent the figures.');
    expect(shown).toContain('Theirs: called twice.');
  });

  it('mix, then the other computer gives a rating again before the second Save: kept (not changed here)', () => {
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const typed = { ...opened, ratings: { ...R, care: 5 } };
    const now = { ...opened, ratings: none, evidence: '' };
    const said = form.check(opened, typed, now, noop)!;
    const fixed = { ...said.merged!, evidence: 'Sent the figures.' };
    const later = { ...now, ratings: { ...none, reliability: 2 }, evidence: '' };
    const out = save(form, opened, fixed, later);
    expect(out.next?.ratings).toEqual({ ...none, reliability: 2, care: 5 });
    expect(out.next?.evidence).toBe('Sent the figures.');
  });

  it('mix, leave and come back (draft re-read): the mix is not shown a second time, edits kept', () => {
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const typed = { ...opened, ratings: { ...R, care: 5 } };
    const now = { ...opened, ratings: none, evidence: '' };
    const said = form.check(opened, typed, now, noop)!;
    const disk = clone(form.draftOf({ ...said.merged!, evidence: 'Sent the figures.' }, opened));
    const again = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const b2 = again.fromDraft(disk, now);
    const out = save(again, b2.opened!, b2.fields, now);
    expect(out.next).toEqual({ ...now, ratings: { ...none, care: 5 }, evidence: 'Sent the figures.' });
  });
});

type Incident = { title: string; occurredAt: string; facts: string; impact: string; domains: string[]; causes: { cause: string; confidence: string }[]; baseline: Record<string, string>; stability: string; status: string };
const B = { reliability: '3', competence: '', sincerity: '5', care: '', reliance: '' };
const inc: Incident = { title: 'Missed deadline', occurredAt: '2026-11-01T09:00', facts: 'Report late.', impact: 'Client upset.', domains: ['reliability', 'care'], causes: [{ cause: 'overload', confidence: 'low' }, { cause: 'skills', confidence: 'medium' }], baseline: B, stability: '', status: 'open' };
const ITEXT = ['title', 'facts', 'impact'] as const;

describe('attack 3: lists of choices', () => {
  it('a kept draft changed a cause\'s confidence, the other computer changed the same cause\'s confidence since: Save stops once (as for any other choice a draft changed)', () => {
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const draft = { ...inc, causes: [{ cause: 'overload', confidence: 'high' }, inc.causes[1]!] };
    const now = { ...inc, causes: [{ cause: 'overload', confidence: 'medium' }, inc.causes[1]!] };
    const back = form.fromDraft(clone(withBase(draft, inc)), now);
    expect(back.fields.causes.find((c) => c.cause === 'overload')?.confidence).toBe('high');
    expect(form.check(back.opened!, back.fields, now, noop)).toMatchObject({ message: CHOSEN_BOTH });
  });

  it('a kept draft changed a cause\'s confidence, the other computer removed that cause since: Save stops once before putting it back', () => {
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const draft = { ...inc, causes: [{ cause: 'overload', confidence: 'high' }, inc.causes[1]!] };
    const now = { ...inc, causes: [inc.causes[1]!] };
    const back = form.fromDraft(clone(withBase(draft, inc)), now);
    const out = save(form, back.opened!, back.fields, now);
    // Either Save says so once, or the other computer's removal stands.
    if (out.next) expect(out.next.causes.map((c) => c.cause)).toEqual(['skills']);
  });

  it('same cause added on both with different confidence while open: one cause, this screen\'s confidence', () => {
    const typed = { ...inc, causes: [...inc.causes, { cause: 'unclear-expectations', confidence: 'high' }] };
    const now = { ...inc, causes: [...inc.causes, { cause: 'unclear-expectations', confidence: 'low' }] };
    const next = keepOtherChanges(inc, typed, now);
    expect(next.causes.filter((c) => c.cause === 'unclear-expectations')).toEqual([{ cause: 'unclear-expectations', confidence: 'high' }]);
    expect(next.causes).toHaveLength(3);
  });

  it('a domain removed here and also removed there; another re-ticked there: the removal stands, the other computer\'s tick stays', () => {
    const typed = { ...inc, domains: ['care'] };
    const now = { ...inc, domains: ['care', 'competence'] };
    expect(keepOtherChanges(inc, typed, now).domains.sort()).toEqual(['care', 'competence']);
  });

  it('a domain removed here, removed and ticked again there: removed', () => {
    const typed = { ...inc, domains: ['care'] };
    const now = { ...inc, domains: ['care', 'reliability'] };
    expect(keepOtherChanges(inc, typed, now).domains).toEqual(['care']);
  });

  it('a cause removed here, its confidence changed there: what happens', () => {
    const typed = { ...inc, causes: [inc.causes[1]!] };
    const now = { ...inc, causes: [{ cause: 'overload', confidence: 'high' }, inc.causes[1]!] };
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const out = save(form, inc, typed, now);
    expect(out.next?.causes).toEqual([inc.causes[1]]);
  });

  it('a kept draft ticked a domain, the other computer ticked another since: both on screen, both saved', () => {
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const now = { ...inc, domains: [...inc.domains, 'competence'] };
    const back = form.fromDraft(clone(withBase({ ...inc, domains: [...inc.domains, 'sincerity'] }, inc)), now);
    expect([...back.fields.domains].sort()).toEqual(['care', 'competence', 'reliability', 'sincerity']);
    const out = save(form, back.opened!, back.fields, now);
    expect([...out.next!.domains].sort()).toEqual(['care', 'competence', 'reliability', 'sincerity']);
  });

  it('a kept draft unticked a domain, the other computer unticked it and ticked it again since: unticked (the draft changed it)', () => {
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const back = form.fromDraft(clone(withBase({ ...inc, domains: ['care'] }, inc)), inc);
    expect(save(form, back.opened!, back.fields, inc).next?.domains).toEqual(['care']);
  });

  it('a new entry (no record): the kept draft comes back as typed and nothing stops', () => {
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const back = form.fromDraft(clone(form.draftOf({ ...opened, ratings: { ...R, care: 5 } }, undefined)), undefined);
    expect(back.opened).toBeUndefined();
    expect(back.fields.ratings.care).toBe(5);
  });
});

describe('attack 3: after a "changed this too" stop, the person chooses what the record had before both', () => {
  it('kept draft rating 3→5, the other computer 3→2, stop; set back to 3 here: Save sends 3 (it sent 2: the choice made after the stop was lost)', () => {
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const now = { ...opened, ratings: { ...R, reliability: 2 } };
    const back = form.fromDraft(clone(withBase({ ...opened, ratings: { ...R, reliability: 5 } }, opened)), now);
    expect(form.check(back.opened!, back.fields, now, noop)).toMatchObject({ field: 'ratings.reliability', message: chosenBoth('2') });
    const typed = { ...back.fields, ratings: { ...back.fields.ratings, reliability: 3 } };
    const out = save(form, back.opened!, typed, now);
    expect(out.next?.ratings.reliability).toBe(3);
  });

  it('kept draft "received" well→partly, the other computer →not-yet, stop; "well" chosen here: Save keeps well (it kept not-yet)', () => {
    type Bid = { at: string; by: string; what: string; received: string; note: string };
    const bid: Bid = { at: '2026-11-30T10:00', by: 'them', what: 'Flagged', received: 'well', note: '' };
    const form = new RewrittenOnBoth<Bid>(['what', 'note']);
    const now = { ...bid, received: 'not-yet' };
    const back = form.fromDraft(clone(withBase({ ...bid, received: 'partly' }, bid)), now);
    expect(form.check(back.opened!, back.fields, now, noop)?.field).toBe('received');
    const out = save(form, back.opened!, { ...back.fields, received: 'well' }, now);
    expect(out.next?.received).toBe('well');
  });

  it('same stop, "partly" kept: Save sends partly', () => {
    type Bid = { at: string; by: string; what: string; received: string; note: string };
    const bid: Bid = { at: '2026-11-30T10:00', by: 'them', what: 'Flagged', received: 'well', note: '' };
    const form = new RewrittenOnBoth<Bid>(['what', 'note']);
    const now = { ...bid, received: 'not-yet' };
    const back = form.fromDraft(clone(withBase({ ...bid, received: 'partly' }, bid)), now);
    expect(form.check(back.opened!, back.fields, now, noop)?.field).toBe('received');
    expect(save(form, back.opened!, back.fields, now).next?.received).toBe('partly');
  });
});
