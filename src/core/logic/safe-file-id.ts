/**
 * Ids that become file names (a person's id names their journal files) must mean one file on every
 * system Mend runs on. Windows reserves device names whatever the extension ("CON", "nul.txt",
 * "COM1.json"), and Windows and macOS folders usually ignore case, so "abc" and "ABC" would be the
 * same file there.
 */
const SAFE_CHARACTERS = /^[A-Za-z0-9_-]{1,100}$/;
/** Device names, with digits 0-9 and the superscripts Windows also treats as ports. */
const DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9¹²³])$/i;

/** Why `id` cannot be a file name, or null when it can. */
export function fileIdProblem(id: string): string | null {
  const stem = id.split('.')[0]!.trimEnd();
  if (DEVICE_NAME.test(stem)) return `“${id.slice(0, 20)}” is a name Windows keeps for a device, so it cannot be a file name`;
  if (!SAFE_CHARACTERS.test(id)) return 'it holds characters that cannot be used in a file name everywhere';
  return null;
}

/** Pairs of ids that differ only in case, within `ids` and against `existing` (which are trusted). */
export function caseClashes(ids: readonly string[], existing: readonly string[] = []): [string, string][] {
  const seen = new Map<string, string>();
  for (const id of existing) seen.set(id.toLowerCase(), id);
  const clashes: [string, string][] = [];
  for (const id of ids) {
    const other = seen.get(id.toLowerCase());
    if (other !== undefined && other !== id) clashes.push([other, id]);
    else seen.set(id.toLowerCase(), id);
  }
  return clashes;
}
