import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../../src/renderer/src/lib/distinct-names';

/** Two people of one name read the same in a list of choices (found by a helper: the Commitments filter and the Trash). */
describe('distinctNames', () => {
  it('leaves a name no one else has alone', () => {
    expect([...distinctNames([{ id: 'a', name: 'Sam Rivera', role: 'Account lead' }, { id: 'b', name: 'Ana Silva' }]).values()]).toEqual(['Sam Rivera', 'Ana Silva']);
  });

  it('tells a shared name apart by role, then by number where the roles are the same or missing', () => {
    const labels = distinctNames([
      { id: 'a', name: 'Sam Rivera', role: 'Account lead' },
      { id: 'b', name: 'sam rivera ', role: 'Designer' },
      { id: 'c', name: 'Sam Rivera', role: '' },
      { id: 'd', name: 'Sam Rivera' },
      { id: 'e', name: 'Sam Rivera', role: 'Account lead' },
    ]);
    expect([...labels.values()]).toEqual(['Sam Rivera (Account lead, 1)', 'sam rivera (Designer)', 'Sam Rivera (1)', 'Sam Rivera (2)', 'Sam Rivera (Account lead, 2)']);
    expect(new Set(labels.values()).size).toBe(5);
  });
});
