import { describe, expect, it } from 'vitest';
import { BOTH_VERSIONS, BOTH_VERSIONS_MANY, chosenBoth, CLEARED_HERE, keepOtherChanges, RewrittenOnBoth } from '../../../src/renderer/src/lib/rewritten-on-both';
import { formatDay } from '../../../src/renderer/src/lib/dates';
import { withBase } from '../../../src/renderer/src/lib/draft-base';

/**
 * An edit screen saves while the other computer rewrote the same words: both versions go on screen and
 * nothing is saved yet. Found by a review of the first version: one-line fields got hidden line breaks,
 * Start over then saved the old text over the other computer's, a word cut in the middle was glued on,
 * only one of several fields was named, and a cleared field said "both versions".
 */
type Values = { name: string; role: string; notes: string; started: string; kind: string };
/** The free-text fields, as the Edit details screen names them. */
const TEXT = ['name', 'role', 'notes'] as const;
const opened: Values = { name: 'Sam Rivera', role: 'Analyst', notes: 'Missed the deadline', started: '2026-01-05', kind: 'peer' };

/** Runs a check on a fresh form; returns what it said and the fields it set. */
function check(typed: Partial<Values>, current: Partial<Values>, form = new RewrittenOnBoth<Values>(TEXT)) {
  const set: Partial<Values> = {};
  const said = form.check(opened, { ...opened, ...typed }, { ...opened, ...current }, (field, value) => void (set[field] = value));
  return { said, set, form };
}

describe('words rewritten on both computers', () => {
  it('puts a one-line field\'s two versions on one line, and a field with lines of its own a blank line apart', () => {
    expect(check({ name: 'Samuel Rivera' }, { name: 'Sam Rivera-Lopez' }).set).toEqual({ name: 'Sam Rivera-Lopez / Samuel Rivera' });
    expect(check({ notes: 'Line one.\nLine two.' }, { notes: 'Theirs.' }).set).toEqual({ notes: 'Theirs.\n\nLine one.\nLine two.' });
  });

  it('lets words added at the end follow theirs only at a word\'s edge, never glued onto a word', () => {
    expect(check({ notes: 'Missed the deadline twice' }, { notes: 'Missed the deadline on Friday.' }).set.notes).toBe('Missed the deadline on Friday. twice');
    expect(check({ notes: 'Missed the deadlines twice' }, { notes: 'Missed the deadline on Friday.' }).set.notes).toBe('Missed the deadline on Friday. / Missed the deadlines twice');
  });

  it('names every field that holds both, and says so once for all', () => {
    const { said, set } = check({ name: 'Samuel Rivera', notes: 'Mine here' }, { name: 'Sam R.', notes: 'Theirs there' });
    expect(Object.keys(set)).toEqual(['name', 'notes']);
    expect(said).toEqual({ field: 'name', message: BOTH_VERSIONS_MANY });
    expect(check({ notes: 'Mine here' }, { notes: 'Theirs there' }).said).toEqual({ field: 'notes', message: BOTH_VERSIONS });
  });

  it('a field cleared here gets the other computer\'s words back, and says that; one cleared there is no conflict', () => {
    expect(check({ notes: '' }, { notes: 'Theirs there' })).toMatchObject({ said: { field: 'notes', message: CLEARED_HERE }, set: { notes: 'Theirs there' } });
    expect(check({ notes: 'Mine here' }, { notes: '' }).said).toBeNull();
  });

  it('leaves dates and choices to this screen, as before', () => {
    expect(check({ started: '2026-02-01', kind: 'direct-report' }, { started: '2026-03-01', kind: 'manager' }).said).toBeNull();
  });

  it('takes a one-word text (a role) for words, not a choice: both versions (a helper\'s attack: "Lead" was saved over "Designer")', () => {
    expect(check({ role: 'Lead' }, { role: 'Designer' })).toMatchObject({ said: { field: 'role', message: BOTH_VERSIONS }, set: { role: 'Designer / Lead' } });
  });

  it('after both are shown: the next Save goes through, Start over keeps theirs, and a third change is shown again', () => {
    const theirs = 'Missed the deadline, said sorry.';
    const { form, set } = check({ notes: 'Mine here' }, { notes: theirs });
    const merged = set.notes!;
    const current = { ...opened, notes: theirs };
    // Saved as it is on screen: no second stop, and what is on screen is what is written.
    expect(form.check(opened, { ...opened, notes: merged }, current, () => undefined)).toBeNull();
    expect(keepOtherChanges(opened, { ...opened, notes: merged }, current).notes).toBe(merged);
    // Start over (back to what the form opened with): the other computer's words stay.
    expect(form.check(opened, { ...opened }, current, () => undefined)).toBeNull();
    expect(keepOtherChanges(opened, { ...opened }, current).notes).toBe(theirs);
    // The other computer rewrites again before the second Save: both again, their newest words in place
    // of their earlier ones (which the screen showed first), the words written here kept.
    const later: Partial<Values> = {};
    const again = form.check(opened, { ...opened, notes: merged }, { ...opened, notes: 'Third words.' }, (f, v) => void (later[f] = v));
    expect(again?.message).toBe(BOTH_VERSIONS);
    expect(merged).toBe(`${theirs} / Mine here`);
    expect(later.notes).toBe('Third words. / Mine here');
  });

  it('a kept draft comes back showing the record as it is now wherever it changed nothing (what Save keeps there)', () => {
    const form = new RewrittenOnBoth<Values>(TEXT);
    const kept = withBase({ ...opened, notes: 'Mine here' }, opened);
    const now = { ...opened, started: '2026-03-01', notes: 'Theirs there' };
    const back = form.fromDraft(JSON.parse(JSON.stringify(kept)), now);
    expect(back.fields).toEqual({ ...now, notes: 'Mine here' });
    expect(back.opened).toEqual({ ...now, notes: 'Missed the deadline' });
    // Save: the notes are laid together; the date moved there is simply kept.
    const set: Partial<Values> = {};
    expect(form.check(back.opened!, back.fields, now, (f, v) => void (set[f] = v))?.message).toBe(BOTH_VERSIONS);
    expect(keepOtherChanges(back.opened!, { ...back.fields, ...set }, now).started).toBe('2026-03-01');
  });

  it('a date a kept draft changed, changed since on the other computer: Save says so once, then keeps what is on screen', () => {
    const form = new RewrittenOnBoth<Values>(TEXT);
    const back = form.fromDraft(withBase({ ...opened, started: '2026-02-01' }, opened), { ...opened, started: '2026-03-01' });
    const now = { ...opened, started: '2026-03-01' };
    // The message names what the other computer has there, as the screen would show a date.
    expect(form.check(back.opened!, back.fields, now, () => undefined)).toEqual({ field: 'started', message: chosenBoth(formatDay('2026-03-01')) });
    expect(form.check(back.opened!, back.fields, now, () => undefined)).toBeNull();
    expect(keepOtherChanges(back.opened!, back.fields, now).started).toBe('2026-02-01');
    // Changed while the form was open (no kept draft): this screen's choice is the later one, as before.
    const live = new RewrittenOnBoth<Values>(TEXT);
    expect(live.check(opened, { ...opened, started: '2026-02-01' }, now, () => undefined)).toBeNull();
  });
});
