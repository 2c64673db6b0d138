import { DomainError, isDomainError } from '../errors';
import { countEntries, type Journal } from '../model/journal';
import type { CopyKind } from '../model/external-copies';
import { journalToMarkdown, markdownFileName } from '../logic/export-markdown';
import { encodeBackup } from '../store/backup-file';
import type { ServiceContext } from './context';

/** What an export wrote, or that the person closed the folder picker. */
export type ExportResult =
  | { cancelled: true }
  | {
      cancelled: false;
      folder: string;
      /** Full paths of the files written. */
      files: string[];
      /** Journals left out because their files cannot be read, by name, so none is missed silently. */
      skipped: { name: string; reason: string }[];
      journals: number;
      entries: number;
    };

const encoder = new TextEncoder();

/** One Markdown document per person: just one person, or everyone (archived people included). */
export async function exportMarkdown(ctx: ServiceContext, relationshipId: string | null): Promise<ExportResult> {
  const { journals, skipped } = await readJournals(ctx, relationshipId);
  const folder = await ctx.platform.chooseExportFolder();
  if (folder === null) return { cancelled: true };
  const exportedAt = ctx.now().toISOString();
  const files: string[] = [];
  for (const journal of journals) {
    const text = journalToMarkdown(journal, { exportedAt });
    const file = await ctx.platform.writeExternalFile(folder, markdownFileName(journal.relationship.name), encoder.encode(text));
    files.push(file);
    await remember(ctx, file, 'markdown', [journal]);
  }
  return { cancelled: false, folder, files, skipped, ...totals(journals) };
}

/** Every journal in one JSON backup file, with its format, version and checksum. */
export async function exportBackup(ctx: ServiceContext): Promise<ExportResult> {
  const { journals, skipped } = await readJournals(ctx, null);
  const folder = await ctx.platform.chooseExportFolder();
  if (folder === null) return { cancelled: true };
  const bytes = encodeBackup({ exportedAt: ctx.now().toISOString(), journals });
  const file = await ctx.platform.writeExternalFile(folder, `Mend backup ${localDay(ctx.now())}.json`, bytes);
  await remember(ctx, file, 'backup', journals);
  return { cancelled: false, folder, files: [file], skipped, ...totals(journals) };
}

/** Every file written outside the data folder is listed in Settings: it is never encrypted. */
async function remember(ctx: ServiceContext, path: string, kind: CopyKind, journals: Journal[]): Promise<void> {
  await ctx.copies?.record({ path, kind, at: ctx.now().toISOString(), people: journals.map((j) => j.relationship.name) });
}

/**
 * Reads the journals to export before asking where to put them. One person's export fails outright
 * when their file cannot be read; a whole export goes ahead and names the ones it had to leave out.
 */
async function readJournals(ctx: ServiceContext, only: string | null) {
  const everyone = [...ctx.store.summaries()].sort((a, b) => a.name.localeCompare(b.name));
  const ids = only ? [ctx.store.summary(only).id] : everyone.map((s) => s.id);
  if (ids.length === 0) throw new DomainError('invalid-input', 'There is nothing to export yet. Add a person first.');
  const journals: Journal[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const id of ids) {
    try {
      journals.push(await ctx.store.journal(id));
    } catch (e) {
      if (only || !isDomainError(e) || (e.code !== 'damaged' && e.code !== 'not-found')) throw e;
      const reason = e.code === 'damaged' ? 'its file cannot be read; restore it from its page first' : 'its file is missing from the data folder';
      skipped.push({ name: ctx.store.summary(id).name, reason });
    }
  }
  return { journals, skipped };
}

const totals = (journals: Journal[]) => ({
  journals: journals.length,
  entries: journals.reduce((n, j) => n + countEntries(j), 0),
});

/** YYYY-MM-DD in the machine's own time zone, for file names. */
function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
