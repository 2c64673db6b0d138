import type { Journal } from '../model/journal';

/**
 * What a save changed, by object identity: a save edits a copy-on-write draft (journal-draft.ts), so a
 * record it did not touch is the very same object as before, and its document is the same too. Returns
 * the journal cut down to the records that are new or replaced (their documents are built and compared;
 * a large journal's hundreds of others are not), with the ids of those and of the removed ones; null
 * when every document may have changed (the person's name or details, shown on each of them).
 */
export function changedOnly(last: Journal, journal: Journal): { journal: Journal; records: Set<string> } | null {
  if (last.relationship !== journal.relationship) return null;
  const cut: Record<string, unknown> = { ...journal };
  const records = new Set<string>();
  for (const [key, list] of Object.entries(journal) as [keyof Journal, unknown][]) {
    if (key === 'relationship' || !Array.isArray(list)) continue;
    const old = last[key] as readonly { id: string }[];
    // A plan's title names its incident: a changed incident list rebuilds every plan's document.
    const all = key === 'preparations' && last.incidents !== journal.incidents;
    if (list === old && !all) {
      cut[key] = [];
      continue;
    }
    const kept = new Set(old);
    const now = new Set<string>();
    cut[key] = (list as { id: string }[]).filter((r) => {
      now.add(r.id);
      return all || !kept.has(r);
    });
    for (const r of cut[key] as { id: string }[]) records.add(r.id);
    for (const r of old) if (!now.has(r.id)) records.add(r.id);
  }
  return { journal: cut as unknown as Journal, records };
}

/** The ids of documents (`<person>|<kind>:<record id>`) that belong to these records. */
export function docIdsOf(indexed: ReadonlySet<string>, records: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (records.size === 0) return out;
  for (const docId of indexed) {
    const entry = docId.slice(docId.indexOf('|') + 1);
    if (records.has(entry.slice(entry.indexOf(':') + 1))) out.push(docId);
  }
  return out;
}
