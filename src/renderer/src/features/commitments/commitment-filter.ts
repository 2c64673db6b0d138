import { createSignal } from 'solid-js';
import type { CommitmentListItem } from '../../../../core/model/commitment-summary';
import type { CommitmentOwner } from '../../../../core/model/trust-items';

/** Whose commitments the Commitments screen shows: one person or everyone, one side or both. */
export interface CommitmentFilter {
  /** A relationship id, or '' for everyone. */
  person: string;
  owner: CommitmentOwner | 'both';
}

export const EVERYONE: CommitmentFilter = { person: '', owner: 'both' };

// Kept for the whole time the app is open, not per visit: a leader going through one person's promises
// opens that person's page and comes back, and should find the list as they left it.
const [filter, setFilter] = createSignal<CommitmentFilter>(EVERYONE);
export { filter as commitmentFilter, setFilter as setCommitmentFilter };

export function isFiltered(f: CommitmentFilter): boolean {
  return f.person !== '' || f.owner !== 'both';
}

export function applyFilter<T extends Pick<CommitmentListItem, 'relationshipId' | 'owner'>>(items: readonly T[], f: CommitmentFilter): T[] {
  return items.filter((c) => (f.person === '' || c.relationshipId === f.person) && (f.owner === 'both' || c.owner === f.owner));
}

/**
 * The people a filter can choose: everyone with a commitment on the screen (open or settled lately),
 * once each, by name. A person chosen earlier who has none left (the last one just marked) stays in the
 * list under `chosenName`, so the choice on screen never changes under the leader.
 */
export function filterPeople(items: readonly CommitmentListItem[], chosen: string, chosenName: string): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const c of items) byId.set(c.relationshipId, c.relationshipName);
  const people = [...byId].map(([id, name]) => ({ id, name }));
  if (chosen !== '' && !byId.has(chosen)) people.push({ id: chosen, name: chosenName });
  people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return people;
}

/** What an empty filtered list says, naming the choice so the leader sees why nothing shows. */
export function nothingMatches(f: CommitmentFilter, name: string): string {
  if (f.person === '') return f.owner === 'me' ? 'Nothing you promised is open right now.' : 'Nothing they promised is open right now.';
  if (f.owner === 'me') return `Nothing you promised ${name} is open right now.`;
  if (f.owner === 'them') return `Nothing ${name} promised is open right now.`;
  return `Nothing open with ${name} right now.`;
}
