import { decodeEnvelope } from '../store/envelope';
import type { FileStore } from '../store/file-store';
import { journalSpec, type Journal } from '../model/journal';

/**
 * Copies of a journal that Mend set aside rather than erased: trash/ (deleted, replaced by an import,
 * or found unlisted) and damaged/ (unreadable, or replaced by a restore). Named <id>-…-<stamp>.json.
 */
export type HeldSource = 'backup' | 'trash' | 'damaged';

export interface HeldCopy {
  id: string;
  source: HeldSource;
  at: string;
  size: number;
}

const STAMP = /(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.json$/;

/** <id>-<stamp>.json or <id>-<tag>-<stamp>.json: so "abc" never claims the copies of "abc-def". */
const TAGS = ['', 'replaced-', 'from-backup-', 'unlisted-'];
const isCopyOf = (name: string, id: string): boolean =>
  TAGS.some((tag) => name.startsWith(`${id}-${tag}`) && /^\d{4}-\d\d-\d\dT[\d-]+Z\.json$/.test(name.slice(`${id}-${tag}`.length)));

/** The copies of `relationshipId`'s journal in trash/ and damaged/, with when each was set aside. */
export async function heldCopies(files: FileStore, relationshipId: string): Promise<HeldCopy[]> {
  const out: HeldCopy[] = [];
  for (const folder of ['trash', 'damaged'] as const) {
    for (const name of await files.list(folder)) {
      const stamp = STAMP.exec(name);
      if (!stamp || !isCopyOf(name, relationshipId)) continue;
      const bytes = await files.read(`${folder}/${name}`).catch(() => null);
      out.push({ id: `${folder}/${name}`, source: folder, at: `${stamp[1]}:${stamp[2]}:${stamp[3]}.${stamp[4]}Z`, size: bytes?.byteLength ?? 0 });
    }
  }
  return out;
}

/** The journal in a held copy, or null when it cannot be read. `id` must come from heldCopies. */
export async function readHeldCopy(files: FileStore, id: string): Promise<Journal | null> {
  try {
    const bytes = await files.read(id);
    return bytes ? decodeEnvelope(journalSpec, bytes) : null;
  } catch {
    return null;
  }
}
