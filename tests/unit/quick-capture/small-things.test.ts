import { describe, it, expect } from 'vitest';
import { makeWorld, seedStory } from '../follow-up/helpers';
import type { CommitmentLists } from '../../../src/core/services/commitments';

describe('small things a user notices', () => {
  it('a debrief starts with the commitment the plan meant to invite from them, beside the one I offered', async () => {
    const w = await makeWorld();
    const s = await seedStory(w);
    await w.ok('preparations:save-draft', { relationshipId: s.rel, id: s.prep, patch: { plan: { commitment: '  Tell me two days ahead when a date slips.  ' } } });
    const d = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: s.prep, incidentId: null });
    expect(d.commitmentDrafts).toEqual([
      { key: 'them', owner: 'them', text: 'Tell me two days ahead when a date slips.', dueAt: null },
      { key: 'me', owner: 'me', text: 'Pair on the first model next week.', dueAt: null },
    ]);
  });

  it('Commitments lists each settled commitment with its outcome note', async () => {
    const w = await makeWorld();
    const s = await seedStory(w);
    const c = await w.ok('capture:commitment', { relationshipId: s.rel, owner: 'them', text: 'Send the status note.', dueAt: null });
    await w.ok('commitments:resolve', { relationshipId: s.rel, id: c.id, status: 'renegotiated', note: 'Asked for **two more days**, a week ahead.', resolvedAt: null });
    const lists = await w.ok('commitments:list', {});
    expect(lists.resolved.map((r) => [r.text, r.note])).toEqual([['Send the status note.', 'Asked for **two more days**, a week ahead.']]);
    const again = await w.reopen();
    const after = await again.call('commitments:list', {});
    expect(after.ok && (after.value as CommitmentLists).resolved[0]!.note).toBe('Asked for **two more days**, a week ahead.');
  });
});
