import { z } from 'zod';
import { idSchema } from '../../model/common';
import type { ServiceContext } from '../../services/context';
import { exportBackup, exportMarkdown, type ExportResult } from '../../services/export';
import { createImporter, type ImportCheck, type ImportOutcome } from '../../services/import';

/** Getting data out of Mend and back in: Markdown documents, and a JSON backup of everything. */
const token = z.string().min(1).max(100);

export const transferSchemas = {
  'exports:markdown': z.strictObject({ relationshipId: idSchema.optional() }),
  'exports:backup': z.strictObject({}),
  'imports:check': z.strictObject({}),
  'imports:apply': z.strictObject({ token }),
  'imports:cancel': z.strictObject({ token }),
};

type In<C extends keyof typeof transferSchemas> = z.output<(typeof transferSchemas)[C]>;

export interface TransferContract {
  /**
   * Asks for a folder, then writes one Markdown document per person (only `relationshipId` when given).
   * Never replaces a file there; names the journals it had to leave out because they cannot be read.
   */
  'exports:markdown': (input: In<'exports:markdown'>) => ExportResult;
  /** Asks for a folder, then writes every journal into one JSON backup file with a version and checksum. */
  'exports:backup': (input: In<'exports:backup'>) => ExportResult;
  /**
   * Asks for a backup file, verifies it (ours, not from a newer Mend, complete, checksum) and says what
   * importing it would do per person: add, merge entry by entry (never removing anything), put back an
   * unreadable copy, or keep. Changes nothing; refuses a bad file naming the problem.
   */
  'imports:check': (input: In<'imports:check'>) => ImportCheck;
  /** Applies the checked import the person confirmed; refuses if Mend changed since the check. */
  'imports:apply': (input: In<'imports:apply'>) => ImportOutcome;
  /** Forgets a checked import the person decided against. */
  'imports:cancel': (input: In<'imports:cancel'>) => { cancelled: true };
}

export const transferHandlers = (ctx: ServiceContext) => {
  const importer = createImporter(ctx);
  return {
    'exports:markdown': (i: In<'exports:markdown'>) => exportMarkdown(ctx, i.relationshipId ?? null),
    'exports:backup': () => exportBackup(ctx),
    'imports:check': () => importer.check(),
    'imports:apply': (i: In<'imports:apply'>) => importer.apply(i.token),
    'imports:cancel': async (i: In<'imports:cancel'>) => {
      importer.cancel(i.token);
      return { cancelled: true as const };
    },
  };
};
