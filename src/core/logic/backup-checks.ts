import type { Journal } from '../model/journal';
import { caseClashes, fileIdProblem } from './safe-file-id';

/**
 * Checks a backup for what Mend itself never writes, before anything is planned: entries sharing an
 * id inside one journal (one edit would overwrite all of them, one discard delete them all) and
 * person ids that are not one safe file name everywhere. Messages name people and entries by kind
 * and position, never by what was written in them.
 */
/** Every list of entries a journal has: typed so that a list added to the journal must be named here. */
const ENTRY_LABELS: Record<Exclude<keyof Journal, 'relationship'>, string> = {
  incidents: 'incident',
  preparations: 'conversation plan',
  debriefs: 'debrief',
  commitments: 'commitment',
  checks: 'trust check',
  monitoringNotes: 'monitoring note',
  meetingNotes: '1:1 note',
  repairBids: 'repair attempt',
  followUps: 'follow-up',
  theirTrust: 'reading of their trust in you',
};

/** The first problem found, in a sentence, or null when the backup can be planned. */
export function backupProblem(journals: readonly Journal[], existingIds: readonly string[]): string | null {
  for (const [i, journal] of journals.entries()) {
    const why = fileIdProblem(journal.relationship.id);
    if (why) return `the person in journal ${i + 1} (${journal.relationship.name}) has an id Mend cannot use: ${why}`;
  }
  const clash = caseClashes(journals.map((j) => j.relationship.id), existingIds)[0];
  if (clash) return `two people’s ids differ only in capital letters (${clash[0]} and ${clash[1]}), which some systems cannot keep apart`;
  for (const journal of journals) {
    const shared = sharedEntryIds(journal);
    if (shared.length > 0) {
      return `some entries for ${journal.relationship.name} share one id, so changing one would change them all: ${shared.join('; ')}`;
    }
  }
  return null;
}

/** "commitment 1 and commitment 2", one string per id that more than one entry carries. */
export function sharedEntryIds(journal: Journal): string[] {
  const holders = new Map<string, string[]>();
  for (const [key, label] of Object.entries(ENTRY_LABELS)) {
    const entries = (journal as unknown as Record<string, { id: string }[] | undefined>)[key] ?? [];
    entries.forEach((entry, i) => holders.set(entry.id, [...(holders.get(entry.id) ?? []), `${label} ${i + 1}`]));
  }
  return [...holders.values()].filter((names) => names.length > 1).map(joinNames);
}

function joinNames(names: string[]): string {
  return names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
