import { describe, expect, it } from 'vitest';
import { apologyProblem, apologyReasons, shouldOfferApology } from '../../../src/core/logic/apology-offer';
import { emptyApology } from '../../../src/core/model/leader-side';

const plan = { wanted: false, skipped: false };

describe('when an apology plan is offered', () => {
  it.each([
    ['activation 2 while preparing', { prepActivation: 2 }, ['hot-before']],
    ['activation 3 while preparing', { prepActivation: 3 }, ['hot-before']],
    ['activation 2 during the talk', { talkActivation: 2 }, ['hot-during']],
    ['my own fear confirmed as the cause', { actualCause: 'my-own-fear' as const }, ['own-fear']],
    ['several signals at once, strongest first', { prepActivation: 2, talkActivation: 3, actualCause: 'my-own-fear' as const }, ['own-fear', 'hot-during', 'hot-before']],
  ])('offers on %s', (_label, signals, reasons) => {
    expect(apologyReasons({ ...signals, plan })).toEqual(reasons);
    expect(shouldOfferApology({ ...signals, plan })).toBe(true);
  });

  it.each([
    ['calm (0)', { prepActivation: 0 }],
    ['stirred (1) before and during', { prepActivation: 1, talkActivation: 1 }],
    ['activation not answered', { prepActivation: null, talkActivation: null }],
    ['another cause confirmed', { actualCause: 'skill-gap' as const }],
  ])('does not offer when %s', (_label, signals) => {
    expect(shouldOfferApology({ ...signals, plan })).toBe(false);
    expect(apologyReasons({ ...signals, plan })).toEqual([]);
  });

  it('counts activation whether or not a source was named (the signals carry no source at all)', () => {
    expect(shouldOfferApology({ prepActivation: 2, plan })).toBe(true);
  });

  it('offers once: set aside, it is not offered again; taken up, the plan shows instead of the offer', () => {
    expect(shouldOfferApology({ prepActivation: 3, plan: { wanted: false, skipped: true } })).toBe(false);
    expect(shouldOfferApology({ prepActivation: 3, plan: { wanted: true, skipped: false } })).toBe(false);
  });

  it('the leader saying so is a reason on its own, with nothing else pointing to one', () => {
    expect(apologyReasons({ prepActivation: 0, plan: { wanted: true, skipped: false } })).toEqual(['said-so']);
  });
});

describe('an empty apology plan', () => {
  it('is refused on the first part once the leader took up the offer', () => {
    expect(apologyProblem({ ...emptyApology(), wanted: true }, 'plan.apology')).toMatchObject({ field: 'plan.apology.did' });
  });
  it('is fine with any part written, when set aside, or when never wanted', () => {
    expect(apologyProblem({ ...emptyApology(), wanted: true, ask: 'What would help?' }, 'p')).toBeNull();
    expect(apologyProblem({ ...emptyApology(), wanted: true, skipped: true }, 'p')).toBeNull();
    expect(apologyProblem(emptyApology(), 'p')).toBeNull();
  });
  it('whitespace is empty', () => {
    expect(apologyProblem({ ...emptyApology(), wanted: true, did: '  \n ' }, 'p')).not.toBeNull();
  });
});

describe('the offer in a debrief', async () => {
  const { debriefApologySignals } = await import('../../../src/core/logic/apology-offer');
  const none = { wanted: false, skipped: false };
  it('comes when the talk ran hot or my own fear was the cause, even with no plan behind it', () => {
    expect(shouldOfferApology(debriefApologySignals(null, { talkActivation: 2, actualCause: null, plan: none }))).toBe(true);
    expect(shouldOfferApology(debriefApologySignals(null, { talkActivation: 0, actualCause: 'my-own-fear', plan: none }))).toBe(true);
    expect(shouldOfferApology(debriefApologySignals({ activation: 3, plan: none }, { talkActivation: 0, actualCause: null, plan: none }))).toBe(true);
  });
  it('is not made again when it was set aside while preparing', () => {
    const prep = { activation: 3, plan: { wanted: false, skipped: true } };
    expect(shouldOfferApology(debriefApologySignals(prep, { talkActivation: 3, actualCause: 'my-own-fear', plan: none }))).toBe(false);
  });
  it('stays away on a calm talk with another cause', () => {
    expect(shouldOfferApology(debriefApologySignals({ activation: 1, plan: none }, { talkActivation: 1, actualCause: 'skill-gap', plan: none }))).toBe(false);
  });
});
