import { z } from 'zod';
import type { FileStore } from './file-store';
import { decodeEnvelope, encodeEnvelope, type EnvelopeSpec } from './envelope';

/**
 * How big each file another computer wrote for a journal (its change logs, sync tools' conflict copies)
 * was when this computer last merged it into the journal and wrote that journal's index summary. Kept
 * per computer beside its index cache (devices/<id>/seen.json, sealed like it), so opening re-reads only
 * the journals whose other-computer files changed since, not every journal another computer ever
 * touched. An entry is written only after the summary it stands for is durable: a file lost or cut
 * short, or a crash before it is written, means those journals are read again, never that a change is
 * missed. One that cannot be read is set aside in damaged/ (never overwritten) and every such journal
 * is read again.
 */
export const SEEN_FILE = 'seen.json';

const seenSchema = z.strictObject({ sizes: z.record(z.string().max(400), z.number().int().min(0)) });
type Seen = z.infer<typeof seenSchema>;
const seenSpec: EnvelopeSpec<Seen> = { kind: 'index', version: 1, schema: seenSchema, migrations: {}, indent: 0, ascii: true };

export class SeenFiles {
  /** What is on disk: nothing is written while there is nothing to record (no other computer). */
  private written = keyOf(new Map());
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly files: FileStore,
    private readonly path: string,
  ) {}

  /** The sizes last recorded; empty when there are none (or they could not be read, now set aside). */
  static async open(files: FileStore, path: string, now: () => Date): Promise<{ seen: SeenFiles; sizes: Map<string, number> }> {
    const seen = new SeenFiles(files, path);
    const bytes = await files.read(path).catch(() => null);
    if (!bytes) return { seen, sizes: new Map() };
    try {
      const sizes = new Map(Object.entries(decodeEnvelope(seenSpec, bytes).sizes));
      seen.written = keyOf(sizes);
      return { seen, sizes };
    } catch {
      await files.move(path, `damaged/seen-${now().toISOString().replace(/[:.]/g, '-')}.json`).catch(() => undefined);
      return { seen, sizes: new Map() };
    }
  }

  /** Records `sizes` (when they differ from what is on disk), one write at a time, in the order asked. */
  save(sizes: ReadonlyMap<string, number>): Promise<void> {
    const copy = new Map(sizes);
    const run = this.writing.then(async () => {
      const key = keyOf(copy);
      if (key === this.written) return;
      await this.files.write(this.path, encodeEnvelope(seenSpec, { sizes: Object.fromEntries(copy) }));
      this.written = key;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }
}

const keyOf = (sizes: ReadonlyMap<string, number>): string => JSON.stringify([...sizes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
