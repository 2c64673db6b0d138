import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import { COPIES_REMEMBERED, type ExternalCopy } from '../core/model/external-copies';
import type { CopiesLedger } from '../core/services/external-copies';
import { writeDurably } from './storage/durable-write';
import { errorCode, nodeFs, type FsSeam } from './storage/fs-seam';
import { reasonFor, storageError } from './storage/storage-errors';

/**
 * mend-exports.json in user-data: every Markdown export and JSON backup Mend wrote from this computer
 * (path, kind, when, whose journals). Kept out of the data folder, which may sync or be encrypted: the
 * list names people. Unreadable means an empty list, never a reason to fail an export.
 */
export const COPIES_FILE = 'mend-exports.json';
const MAX_BYTES = 2 * 1024 * 1024;

const copySchema = z.strictObject({
  id: z.string().min(1).max(100),
  path: z.string().min(1).max(4096),
  kind: z.enum(['markdown', 'backup']),
  at: z.string().max(40),
  people: z.array(z.string().max(500)).max(10_000),
});
const fileSchema = z.strictObject({ mend: z.literal('exports'), copies: z.array(copySchema) });
type Stored = z.infer<typeof copySchema>;

export function createCopiesLedger(dir: string, options: { fs?: FsSeam; warn?: (message: string) => void } = {}): CopiesLedger {
  const fs = options.fs ?? nodeFs;
  const warn = options.warn ?? ((message: string) => process.emitWarning(message, 'MendStorageWarning'));
  const file = path.join(dir, COPIES_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  /** One change at a time, so two exports in a row never drop each other's entry. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function readAll(): Promise<Stored[]> {
    try {
      const bytes = await fs.readFile(file);
      if (bytes.byteLength > MAX_BYTES) return [];
      const parsed = fileSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      return parsed.success ? parsed.data.copies : [];
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' && !(error instanceof SyntaxError)) warn(`Could not read ${COPIES_FILE}: ${reasonFor(error)}.`);
      return [];
    }
  }

  async function writeAll(copies: Stored[]): Promise<void> {
    const body = { mend: 'exports', copies: copies.slice(0, COPIES_REMEMBERED) };
    await writeDurably(fs, file, new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`), async () => undefined);
  }

  return {
    record: (copy) =>
      serial(async () => {
        try {
          await writeAll([{ id: randomUUID(), ...copy }, ...(await readAll())]);
        } catch (error) {
          warn(`Could not add an export to the list in ${COPIES_FILE}: ${reasonFor(error)}.`);
        }
      }),
    list: () =>
      serial(async () => {
        const copies = await readAll();
        return Promise.all(copies.map(async (c): Promise<ExternalCopy> => ({ ...c, exists: await isFile(c.path) })));
      }),
    forget: (id) =>
      serial(async () => {
        const copies = await readAll();
        try {
          await writeAll(copies.filter((c) => c.id !== id));
        } catch (error) {
          throw storageError('save', COPIES_FILE, error);
        }
      }),
  };
}

/** Checked on every look at the list: the person may have moved or deleted the file since. */
async function isFile(file: string): Promise<boolean> {
  try {
    return (await fsp.stat(file)).isFile();
  } catch {
    return false;
  }
}
