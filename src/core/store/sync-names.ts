/**
 * Names that file-sync tools give the second copy of a file that two computers changed at once.
 * Such a copy is never a person of its own: its base name says which file it is a copy of.
 * OneDrive's "<name>-<computer>.json" cannot be told from a name by its shape: a journal's copy is
 * found by its journal's id (oneDriveCopiesOf) and its content checked (a journal file must name its
 * own id). A change log's copy can: Mend never writes anything after a log's 16-digit device id.
 */
const PATTERNS: readonly RegExp[] = [
  /^(.+) \([^()]*conflicted copy[^()]*\)(\.[A-Za-z0-9]+)?$/i, // Dropbox: "a (Ana's conflicted copy 2026-12-01).json"
  /^(.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?(\.[A-Za-z0-9]+)?$/, // Syncthing
  /^(.+) \(\d+\)(\.[A-Za-z0-9]+)?$/, // "a (1).json": Google Drive, browsers, some NAS tools
  /^(.+) \d{1,3}(\.[A-Za-z0-9]+)?$/, // iCloud: "a 2.json"
];

/** The file name a conflict copy was copied from ("x.json" for "x (… conflicted copy …).json"), or null. */
export function conflictCopyOf(name: string): string | null {
  const oneDriveLog = name.endsWith('.log') ? ONEDRIVE_LOG.exec(name) : null;
  if (oneDriveLog) return `${oneDriveLog[1]}.log`;
  // Every pattern above needs a space or ".sync-conflict-": Mend's own names (listed at every start,
  // hundreds of them) have neither, and skip the four patterns.
  if (!name.includes(' ') && !name.includes('.sync-conflict-')) return null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(name);
    if (m) return `${m[1]}${m[2] ?? ''}`;
  }
  return null;
}

/** OneDrive's copy of a change log: "<id>.<device>-<computer>.log". */
const ONEDRIVE_LOG = /^(.+\.[0-9a-f]{16})-[^\s/]+\.log$/;

/**
 * OneDrive's copies of the journal `id` in a listing of relationships/: "<id>-<computer>.json". Only
 * candidates: the reader keeps one only if its journal names `id` (another person's id could start so).
 */
export function oneDriveCopiesOf(names: readonly string[], id: string): string[] {
  return names.filter((n) => n.startsWith(`${id}-`) && n.endsWith('.json') && conflictCopyOf(n) === null);
}

/** The ids of the journals in a folder listing: `<id>.json`, conflict copies left out. */
export function journalIdsIn(names: readonly string[]): string[] {
  return names.filter((n) => n.endsWith('.json') && conflictCopyOf(n) === null).map((n) => n.slice(0, -'.json'.length));
}

/**
 * Whose a file in the data folder is, by its name: a change log "logs/<journal>.<computer>.log" names
 * both, a snapshot "relationships/<journal>.json" its journal; a sync tool's conflict copy of either is
 * read as the file it copies. Null parts where the name says nothing.
 */
export function journalFileIds(file: string): { journal: string | null; device: string | null } {
  const slash = file.indexOf('/');
  const folder = file.slice(0, slash);
  const name = file.slice(slash + 1);
  const base = conflictCopyOf(name) ?? name;
  if (folder === 'logs') {
    const log = LOG_NAME.exec(base);
    return log ? { journal: log[1]!, device: log[2]! } : { journal: null, device: null };
  }
  if (folder === 'relationships' && base.endsWith('.json')) return { journal: base.slice(0, -'.json'.length), device: null };
  return { journal: null, device: null };
}

/** A change log's name: "<journal id>.<computer id>.log". */
export const LOG_NAME = /^(.+)\.([0-9a-f]{16})\.log$/;
