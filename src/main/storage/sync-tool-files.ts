/**
 * Files a sync tool or the system keeps in a folder it manages: never journal text. Encryption leaves
 * them as they are (sealing them would break the tool: convert-folder.ts), and choosing a folder for
 * the journal counts a folder holding only these as empty, and never copies them (folder-look.ts,
 * journal-copy.ts).
 */

/** Control files, by name, wherever they are (Finder, Explorer, Syncthing, Dropbox). */
export const SYNC_TOOL_FILES: ReadonlySet<string> = new Set(['.stignore', '.DS_Store', 'desktop.ini', 'Thumbs.db', '.dropbox', '.dropbox.attr', '.localized', 'Icon\r']);

/** Control folders' contents (Syncthing's marker, Resilio's .sync), but not Resilio's archive of old versions. */
export const SYNC_TOOL_FOLDER = /^(\.stfolder|\.sync(?!\/Archive\/))\//;

/** Folders at a root that hold a sync tool's own things, old versions of files among them (Syncthing's .stversions). */
const SYNC_TOOL_ROOT_FOLDERS: ReadonlySet<string> = new Set(['.stfolder', '.stversions', '.sync']);

/**
 * Whether `rel` (a path relative to a folder's root, '/'-separated; a root entry's bare name too) is a
 * sync tool's or the system's, counting the old versions a sync tool keeps: not the journal's, when a
 * folder is judged empty or copied.
 */
export function isSyncToolsOwn(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return SYNC_TOOL_FILES.has(name) || SYNC_TOOL_ROOT_FOLDERS.has(rel.split('/')[0]!);
}
