import type { Journal } from '../model/journal';
import { countEntries } from '../model/journal';
import type { RelationshipSummary } from '../model/index-file';

/** What the index keeps about one journal: enough for Home, no journal text beyond the name and role. */
export function summarize(journal: Journal): RelationshipSummary {
  const r = journal.relationship;
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    kind: r.kind,
    started: r.started,
    archived: r.archived,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    entries: countEntries(journal),
  };
}
