/**
 * Names that file-sync tools give the second copy of a file that two computers changed at once.
 * Such a copy is never a person of its own: its base name says which file it is a copy of.
 * OneDrive's "<name>-<computer>.json" cannot be told from a name by its shape; the content check
 * (a journal file must name its own id) catches it instead.
 */
const PATTERNS: readonly RegExp[] = [
  /^(.+) \([^()]*conflicted copy[^()]*\)(\.[A-Za-z0-9]+)?$/i, // Dropbox: "a (Ana's conflicted copy 2026-12-01).json"
  /^(.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?(\.[A-Za-z0-9]+)?$/, // Syncthing
  /^(.+) \(\d+\)(\.[A-Za-z0-9]+)?$/, // "a (1).json": Google Drive, browsers, some NAS tools
  /^(.+) \d{1,3}(\.[A-Za-z0-9]+)?$/, // iCloud: "a 2.json"
];

/** The file name a conflict copy was copied from ("x.json" for "x (… conflicted copy …).json"), or null. */
export function conflictCopyOf(name: string): string | null {
  // Every pattern above needs a space or ".sync-conflict-": Mend's own names (listed at every start,
  // hundreds of them) have neither, and skip the four patterns.
  if (!name.includes(' ') && !name.includes('.sync-conflict-')) return null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(name);
    if (m) return `${m[1]}${m[2] ?? ''}`;
  }
  return null;
}

/** The ids of the journals in a folder listing: `<id>.json`, conflict copies left out. */
export function journalIdsIn(names: readonly string[]): string[] {
  return names.filter((n) => n.endsWith('.json') && conflictCopyOf(n) === null).map((n) => n.slice(0, -'.json'.length));
}
