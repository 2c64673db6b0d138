import type { Output } from '../../../../core/api/contract';
import type { ImportAction } from '../../../../core/logic/import-plan';
import { formatDayTime } from '../../lib/dates';

/** The words the backup and export screens show, kept apart from the components so they stay small. */
export type ExportDone = Extract<Awaited<Output<'exports:backup'>>, { cancelled: false }>;
export type ImportPreview = Extract<Awaited<Output<'imports:check'>>, { cancelled: false }>;
export type ImportOutcome = Awaited<Output<'imports:apply'>>;
type Done = ExportDone;

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const entries = (n: number) => (n === 0 ? 'no entries' : `${n} ${n === 1 ? 'entry' : 'entries'}`);
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function backupSaved(result: Done): string {
  return `Saved “${fileName(result.files[0] ?? '')}” in ${result.folder}. It holds ${people(result.journals)} and ${entries(result.entries)}.`;
}

export function markdownSaved(result: Done): string {
  if (result.files.length === 1) return `Exported “${fileName(result.files[0]!)}” to ${result.folder}.`;
  return `Exported ${result.files.length} documents, one per person, to ${result.folder}.`;
}

/** Journals an export had to leave out, by name, so none goes missing without a word. */
export function skippedLine(result: Done): string | null {
  if (result.skipped.length === 0) return null;
  const names = result.skipped.map((s) => `${s.name} (${s.reason})`).join('; ');
  return `Left out, so you know: ${names}. Open them from Home to put back an earlier version, then export again.`;
}

export const ACTION_BADGES: Record<ImportAction, string> = {
  add: 'New',
  merge: 'Newer entries come in',
  replace: 'Backup’s copy takes its place',
  keep: 'Your copy stays',
  same: 'Already here',
};

/** "2 to merge (3 entries to add, 1 to update)": the merges, with what they bring in. */
function mergeCounts(preview: ImportPreview): string | 0 {
  const merges = preview.items.filter((i) => i.action === 'merge');
  if (merges.length === 0) return 0;
  const added = merges.reduce((n, i) => n + (i.changes?.added ?? 0), 0);
  const updated = merges.reduce((n, i) => n + (i.changes?.updated ?? 0), 0);
  const what = [added > 0 && `${entries(added)} to add`, updated > 0 && `${updated} to update`].filter(Boolean).join(', ');
  return `${merges.length} to merge${what ? ` (${what})` : ''}`;
}

export function previewCounts(preview: ImportPreview): string {
  const count = (a: ImportAction) => preview.items.filter((i) => i.action === a).length;
  const parts = [
    count('add') && `${count('add')} to add`,
    mergeCounts(preview),
    count('replace') && `${count('replace')} to put back from the backup`,
    count('keep') && `${count('keep')} where your copy stays`,
    count('same') && `${count('same')} already here`,
  ].filter(Boolean);
  return parts.join(', ');
}

export const hasWork = (preview: ImportPreview): boolean => preview.items.some((i) => i.action !== 'same');

export function importDone(outcome: ImportOutcome): string {
  const brought = [outcome.added && `${entries(outcome.added)} added`, outcome.updated && `${outcome.updated} updated`].filter(Boolean).join(', ');
  const parts = [
    outcome.add && `${people(outcome.add)} added`,
    outcome.merge && `${people(outcome.merge)} merged${brought ? ` (${brought})` : ''}`,
    !outcome.merge && brought,
    outcome.replace && `${people(outcome.replace)} put back from the backup’s copy`,
    outcome.keep && `${people(outcome.keep)} kept as they were`,
  ].filter(Boolean);
  const rebuilt = outcome.rebuilt > 0 ? ` ${outcome.rebuilt === 1 ? 'One file that could not be read was' : `${outcome.rebuilt} files that could not be read were`} put back from the changes you saved first.` : '';
  const removed = outcome.stayedRemoved > 0 ? ` ${entries(outcome.stayedRemoved)} you had removed stayed removed.` : '';
  const moved = outcome.setAside.length > 0 ? ` Older versions are kept in your data folder: ${outcome.setAside.join(', ')}.` : '';
  return `Imported. ${parts.join('; ') || 'Nothing needed to change'}.${rebuilt}${removed}${moved}`;
}

/** The two copies side by side, so the person can see why one wins. */
export function describeCopies(item: ImportPreview['items'][number]): string {
  const backup = `In the backup: ${entries(item.entries)}, last changed ${formatDayTime(item.lastChanged)}.`;
  const mine = item.current;
  if (!mine) return backup;
  if (mine.lastChanged === null) return `${backup} The copy in Mend cannot be read.`;
  return `${backup} In Mend: ${entries(mine.entries ?? 0)}, last changed ${formatDayTime(mine.lastChanged)}.`;
}

export const totalEntries = (preview: ImportPreview): number => preview.items.reduce((n, i) => n + i.entries, 0);
export { people, entries };
