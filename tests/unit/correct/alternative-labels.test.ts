import { describe, it, expect } from 'vitest';
import { alternativeLabel, fieldLabel, recordLabel } from '../../../src/renderer/src/features/alternatives/labels';
import type { Journal } from '../../../src/core/model/journal';

/**
 * The notice of a text written on two computers named a commitment's promise its "note", a trust check
 * only "Trust check", and used kind names the timeline does not ("Monitoring note", "Their trust in
 * you"). Found by a walkthrough.
 */
const version = { text: 'x', device: 'Home laptop', thisComputer: false, at: '2026-03-01T09:00:00.000Z' };
const journal = {
  relationship: { name: 'Sam Rivera' },
  commitments: [{ id: 'c1', text: 'Send the draft by Thursday noon', note: '' }],
  checks: [{ id: 'k1', at: '2026-02-20T17:00:00.000Z', evidence: 'On time.' }],
  meetingNotes: [{ id: 'n1', text: 'Talked about Acme.' }],
} as unknown as Journal;
const alt = (collection: string, recordId: string, field: string) =>
  ({ record: `${collection}/${recordId}`, collection, recordId, field, version: 'v', shown: version, other: version });

describe('what the two-computers notice calls an entry and its field', () => {
  it('a commitment’s words are its promise, not a note; its outcome note is a note', () => {
    expect(alternativeLabel(alt('commitments', 'c1', 'text'), journal)).toBe('Commitment: Send the draft by Thursday noon (the promise)');
    expect(alternativeLabel(alt('commitments', 'c1', 'note'), journal)).toBe('Commitment: Send the draft by Thursday noon (note)');
    expect(alternativeLabel(alt('meetingNotes', 'n1', 'text'), journal)).toBe('1:1 note: Talked about Acme. (the note)');
  });

  it('a trust check is named by its day', () => {
    expect(alternativeLabel(alt('checks', 'k1', 'evidence'), journal)).toMatch(/^Trust check of .*20.* \(evidence\)$/);
  });

  it('kinds are named as on the timeline', () => {
    expect(recordLabel('monitoringNotes', undefined)).toBe('My check-in');
    expect(recordLabel('theirTrust', undefined)).toBe('Their trust');
    expect(fieldLabel('what', 'repairBids')).toBe('what was done');
  });

  it('an estimate of their trust names its texts as its form does', () => {
    expect(fieldLabel('evidence', 'theirTrust')).toBe('what I saw or heard');
    expect(fieldLabel('interpretation', 'theirTrust')).toBe('what I make of it');
  });

  it('a preparation\'s or a debrief\'s answer is named as its screen names it, the entry by its day', () => {
    const withPlans = { ...journal, preparations: [{ id: 'p1', createdAt: '2026-02-21T08:00:00.000Z', plannedAt: null }], debriefs: [{ id: 'd1', heldAt: '2026-02-24T16:00:00.000Z' }] } as unknown as Journal;
    expect(alternativeLabel(alt('preparations', 'p1', 'facts.story'), withPlans)).toMatch(/^Preparation of .*21.* \(the story I was telling myself\)$/);
    expect(alternativeLabel(alt('preparations', 'p1', 'plan.perspective'), withPlans)).toMatch(/\(plan for “Hear their side first”\)$/);
    expect(alternativeLabel(alt('debriefs', 'd1', 'steps.forward.notes'), withPlans)).toMatch(/^Debrief of .*24.* \(notes on “Agree on the way forward”\)$/);
    expect(fieldLabel('ownSide.apology.did')).toBe('what I did');
  });
});
