import { describe, expect, it } from 'vitest';
import { applyFilter, filterPeople, isFiltered, nothingMatches, EVERYONE } from '../../../src/renderer/src/features/commitments/commitment-filter';
import type { CommitmentListItem } from '../../../src/core/model/commitment-summary';

const item = (relationshipId: string, relationshipName: string, owner: 'me' | 'them', id: string): CommitmentListItem => ({
  id, relationshipId, relationshipName, owner, text: id, dueAt: null, status: 'open', resolvedAt: null, note: '',
});
const items = [item('sam', 'Sam Rivera', 'them', 'a'), item('sam', 'Sam Rivera', 'me', 'b'), item('ana', 'Ana Silva', 'them', 'c')];

describe('the Commitments screen filter', () => {
  it('shows everything by default, one person, one side, or both narrowed', () => {
    expect(isFiltered(EVERYONE)).toBe(false);
    expect(applyFilter(items, EVERYONE).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(applyFilter(items, { person: 'sam', owner: 'both' }).map((c) => c.id)).toEqual(['a', 'b']);
    expect(applyFilter(items, { person: '', owner: 'them' }).map((c) => c.id)).toEqual(['a', 'c']);
    expect(applyFilter(items, { person: 'sam', owner: 'me' }).map((c) => c.id)).toEqual(['b']);
    expect(applyFilter(items, { person: 'ana', owner: 'me' })).toEqual([]);
    expect(isFiltered({ person: '', owner: 'me' })).toBe(true);
  });

  it('offers each person once, by name, and keeps a chosen person who has nothing left', () => {
    expect(filterPeople(items, '', '')).toEqual([{ id: 'ana', name: 'Ana Silva' }, { id: 'sam', name: 'Sam Rivera' }]);
    expect(filterPeople(items, 'lee', 'Lee Park').map((p) => p.name)).toEqual(['Ana Silva', 'Lee Park', 'Sam Rivera']);
  });

  it('says what was chosen when nothing matches', () => {
    expect(nothingMatches({ person: 'ana', owner: 'both' }, 'Ana Silva')).toBe('Nothing open with Ana Silva right now.');
    expect(nothingMatches({ person: 'ana', owner: 'them' }, 'Ana Silva')).toBe('Nothing Ana Silva promised is open right now.');
    expect(nothingMatches({ person: 'ana', owner: 'me' }, 'Ana Silva')).toBe('Nothing you promised Ana Silva is open right now.');
    expect(nothingMatches({ person: '', owner: 'me' }, '')).toBe('Nothing you promised is open right now.');
  });
});
