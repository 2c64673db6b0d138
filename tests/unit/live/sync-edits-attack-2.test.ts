import { describe, expect, it } from 'vitest';
import { keepOtherChanges, RewrittenOnBoth, chosenBoth, MIXED } from '../../../src/renderer/src/lib/rewritten-on-both';
import { withBase } from '../../../src/renderer/src/lib/draft-base';
import { checkProblem } from '../../../src/core/logic/rating-evidence';

/**
 * A helper's second attack, on 36bd2f6: rewritten-on-both.ts at the unit level (the end-to-end twins are
 * the attack2-*.spec.ts files). The six tests whose names say what was wrong failed on 36bd2f6: a mix of
 * both computers' ratings and evidence the core refuses (Save was stuck), a kept draft's rating changed
 * while the form was open (saved over silently), a date chosen on both while open that stopped Save, and
 * domains or causes ticked on both (the other computer's silently dropped).
 */
type Ratings = { reliability: number | null; competence: number | null; sincerity: number | null; care: number | null; reliance: number | null };
type Check = { at: string; activation: number | null; emotion: string; source: string; ratings: Ratings; evidence: string; interpretation: string };
const TEXT = ['emotion', 'source', 'evidence', 'interpretation'] as const;
const R: Ratings = { reliability: 3, competence: null, sincerity: null, care: 6, reliance: null };
const opened: Check = { at: '2026-11-20T10:00', activation: 1, emotion: 'calm', source: 'meeting', ratings: R, evidence: 'The report came in late.', interpretation: '' };
const noop = () => undefined;

/** What Save would send, or the stop. */
function save(form: RewrittenOnBoth<Check>, from: Check, typed: Check, now: Check) {
  const said = form.check(from, typed, now, noop);
  return said ? { said } : { next: keepOtherChanges(from, typed, now) };
}

describe('edits on both computers (attack 2): evidence and ratings on two computers (the core requires evidence beside any number)', () => {
  it('evidence cleared here with every rating "no new evidence", a rating given there: the mix goes on screen, beside the evidence, before anything is sent (was stuck: the screen showed no number)', () => {
    const none: Ratings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
    const typed = { ...opened, ratings: none, evidence: '' };
    const now = { ...opened, ratings: { ...R, sincerity: 5 } };
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const said = form.check(opened, typed, now, noop);
    expect(said).toMatchObject({ field: 'evidence', message: expect.stringMatching(new RegExp(`^${MIXED} A rating needs`)) });
    // On screen: the rating given there, with the others and the evidence as cleared here.
    expect(said!.merged).toEqual({ ...typed, ratings: { ...none, sincerity: 5 } });
    // Set right (no new evidence for any), Save goes on, and sends what is on screen.
    const fixed = { ...said!.merged!, ratings: none };
    expect(form.check(opened, fixed, now, noop)).toBeNull();
    expect(form.keepOtherChanges(opened, fixed, now)).toEqual(fixed);
  });

  it('a rating changed here, the other computer cleared the evidence and every rating: the mix goes on screen, beside the evidence (was stuck: the screen still showed the evidence)', () => {
    const none: Ratings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
    const typed = { ...opened, ratings: { ...R, care: 5 } };
    const now = { ...opened, ratings: none, evidence: '' };
    const form = new RewrittenOnBoth<Check>(TEXT, checkProblem);
    const said = form.check(opened, typed, now, noop);
    expect(said?.field).toBe('evidence');
    expect(said!.merged).toEqual({ ...typed, ratings: { ...none, care: 5 }, evidence: '' });
    // Evidence written again: Save sends it with the one rating given here.
    const fixed = { ...said!.merged!, evidence: 'Sent the figures on Friday.' };
    expect(form.check(opened, fixed, now, noop)).toBeNull();
    expect(form.keepOtherChanges(opened, fixed, now)).toEqual(fixed);
  });

  it('no rule given (a form without one): the mix is sent, as before, and the core says what is wrong', () => {
    const none: Ratings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
    expect(new RewrittenOnBoth<Check>(TEXT).check(opened, { ...opened, ratings: { ...R, care: 5 } }, { ...opened, ratings: none, evidence: '' }, noop)).toBeNull();
  });

  it('evidence rewritten here, cleared with every rating there: here\'s words saved with here\'s numbers', () => {
    const none: Ratings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
    const typed = { ...opened, evidence: 'New words here.' };
    const now = { ...opened, ratings: none, evidence: '' };
    const out = save(new RewrittenOnBoth<Check>(TEXT), opened, typed, now);
    expect('next' in out).toBe(true);
    expect(out.next!.evidence).toBe('New words here.');
  });
});

describe('edits on both computers (attack 2): kept drafts and ratings', () => {
  it('kept draft cleared a rating to "no new evidence" (null), the other computer gave it a number since: stops once beside it, then keeps null', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const now = { ...opened, ratings: { ...R, reliability: 5 } };
    const back = form.fromDraft(JSON.parse(JSON.stringify(withBase({ ...opened, ratings: { ...R, reliability: null } }, opened))), now);
    expect(back.fields.ratings.reliability).toBeNull();
    expect(form.check(back.opened!, back.fields, now, noop)).toEqual({ field: 'ratings.reliability', message: chosenBoth('5') });
    expect(form.check(back.opened!, back.fields, now, noop)).toBeNull();
    expect(keepOtherChanges(back.opened!, back.fields, now).ratings.reliability).toBeNull();
  });

  it('kept draft changed a rating (record unchanged on return), the other computer changes the same rating while the form is open: Save should stop once (the draft\'s choice is the older one)', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const back = form.fromDraft(JSON.parse(JSON.stringify(withBase({ ...opened, ratings: { ...R, reliability: 5 } }, opened))), opened);
    const now = { ...opened, ratings: { ...R, reliability: 1 } }; // arrives after the draft came back
    expect(form.check(back.opened!, back.fields, now, noop)?.field).toBe('ratings.reliability');
  });

  it('kept draft (record changed elsewhere since) does not make Save stop on a date chosen on both while the form is open (rule: this screen wins silently)', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const now0 = { ...opened, activation: 3 };
    const back = form.fromDraft(JSON.parse(JSON.stringify(withBase({ ...opened, activation: 2 }, opened))), now0);
    expect(form.check(back.opened!, back.fields, now0, noop)?.field).toBe('activation');
    // Now, during this visit, the date is changed here and on the other computer.
    const typed = { ...back.fields, at: '2026-11-21T09:00' };
    const now1 = { ...now0, at: '2026-11-22T09:00' };
    expect(form.check(back.opened!, typed, now1, noop)).toBeNull();
  });

  it('a third change to the same rating between the two Saves stops again, then keeps this screen\'s', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const now = { ...opened, ratings: { ...R, reliability: 1 } };
    const back = form.fromDraft(JSON.parse(JSON.stringify(withBase({ ...opened, ratings: { ...R, reliability: 5 } }, opened))), now);
    expect(form.check(back.opened!, back.fields, now, noop)?.field).toBe('ratings.reliability');
    const later = { ...opened, ratings: { ...R, reliability: 2 } };
    expect(form.check(back.opened!, back.fields, later, noop)?.field).toBe('ratings.reliability');
    expect(form.check(back.opened!, back.fields, later, noop)).toBeNull();
    expect(keepOtherChanges(back.opened!, back.fields, later).ratings.reliability).toBe(5);
  });

  it('restart between the two Saves (draft re-read from disk after the stop): no second stop, this screen\'s kept', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const now = { ...opened, ratings: { ...R, reliability: 1 } };
    const back = form.fromDraft(JSON.parse(JSON.stringify(withBase({ ...opened, ratings: { ...R, reliability: 5 } }, opened))), now);
    expect(form.check(back.opened!, back.fields, now, noop)).not.toBeNull();
    const disk = JSON.parse(JSON.stringify(form.draftOf(back.fields, back.opened)));
    const again = new RewrittenOnBoth<Check>(TEXT);
    const b2 = again.fromDraft(disk, now);
    expect(b2.fields.ratings.reliability).toBe(5);
    expect(again.check(b2.opened!, b2.fields, now, noop)).toBeNull();
    expect(keepOtherChanges(b2.opened!, b2.fields, now).ratings).toEqual({ ...R, reliability: 5 });
  });
});

type Incident = { title: string; occurredAt: string; facts: string; impact: string; domains: string[]; causes: { cause: string; confidence: string }[]; baseline: Record<string, string>; stability: string; status: string };
const B = { reliability: '3', competence: '', sincerity: '5', care: '', reliance: '' };
const inc: Incident = { title: 'Missed deadline', occurredAt: '2026-11-01T09:00', facts: 'Report late.', impact: 'Client upset.', domains: ['reliability'], causes: [{ cause: 'overload', confidence: 'low' }], baseline: B, stability: '', status: 'open' };
const ITEXT = ['title', 'facts', 'impact'] as const;

describe('edits on both computers (attack 2): incident', () => {
  it('baseline ratings as strings: one changed here, another there: both kept', () => {
    const next = keepOtherChanges(inc, { ...inc, baseline: { ...B, reliability: '4' } }, { ...inc, baseline: { ...B, care: '2' } });
    expect(next.baseline).toEqual({ ...B, reliability: '4', care: '2' });
  });

  it('baseline rating set to "" (no evidence) in a kept draft, a number there since: stops beside baseline.care-ish path', () => {
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const now = { ...inc, baseline: { ...B, sincerity: '2' } };
    const back = form.fromDraft(JSON.parse(JSON.stringify(withBase({ ...inc, baseline: { ...B, sincerity: '' } }, inc))), now);
    expect(form.check(back.opened!, back.fields, now, noop)?.field).toBe('baseline.sincerity');
    expect(form.check(back.opened!, back.fields, now, noop)).toBeNull();
    expect(keepOtherChanges(back.opened!, back.fields, now).baseline.sincerity).toBe('');
  });

  it('domains ticked on both computers while the form is open: the other computer\'s ticked domain is silently dropped', () => {
    const typed = { ...inc, domains: ['reliability', 'competence'] };
    const now = { ...inc, domains: ['reliability', 'care'] };
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const said = form.check(inc, typed, now, noop);
    const next = said ? null : keepOtherChanges(inc, typed, now);
    // Either said, or both ticks kept.
    if (next) expect([...next.domains].sort()).toEqual(['care', 'competence', 'reliability']);
  });

  it('a cause added on both computers while the form is open: the other computer\'s hypothesis is silently dropped', () => {
    const typed = { ...inc, causes: [...inc.causes, { cause: 'unclear-expectations', confidence: 'medium' }] };
    const now = { ...inc, causes: [...inc.causes, { cause: 'skills', confidence: 'high' }] };
    const form = new RewrittenOnBoth<Incident>(ITEXT);
    const said = form.check(inc, typed, now, noop);
    const next = said ? null : keepOtherChanges(inc, typed, now);
    if (next) expect(next.causes.map((c) => c.cause)).toContain('skills');
  });
});
