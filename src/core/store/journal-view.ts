import type { FileStore, LogEdit } from './file-store';
import { encodeEnvelope } from './envelope';
import { isDomainError } from '../errors';
import { journalSpec, type Journal } from '../model/journal';

const JOURNAL_FILE = /^relationships\/([^/]+)\.json$/;

/**
 * The data folder as services see it: reading a journal's file gives its merged state (snapshot plus
 * every device's log lines) as a journal envelope, so insights, backups and restores keep working on
 * `relationships/<id>.json`. A journal that cannot be merged reads as its raw bytes, so the caller
 * reports it as damaged exactly as before. Everything else passes through.
 */
export function journalFileView(inner: FileStore, readMerged: (id: string) => Promise<Journal | null>): FileStore {
  return {
    ...bind(inner),
    async read(path) {
      const m = JOURNAL_FILE.exec(path);
      if (!m) return inner.read(path);
      try {
        const merged = await readMerged(m[1]!);
        return merged ? encodeEnvelope(journalSpec, merged) : await inner.read(path);
      } catch (e) {
        if (!isDomainError(e) || e.code !== 'damaged') throw e;
        return inner.read(path);
      }
    },
  };
}

function bind(inner: FileStore): FileStore {
  return {
    read: (p) => inner.read(p),
    write: (p, b) => inner.write(p, b),
    list: (d) => inner.list(d),
    move: (f, t) => inner.move(f, t),
    backups: (p) => inner.backups(p),
    readBackup: (p, id) => inner.readBackup(p, id),
    ...(inner.append ? { append: (p: string, b: Uint8Array) => inner.append!(p, b) } : {}),
    ...(inner.size ? { size: (p: string) => inner.size!(p) } : {}),
    ...(inner.rewriteLog ? { rewriteLog: (p: string, e: LogEdit) => inner.rewriteLog!(p, e) } : {}),
    ...(inner.recoverLog ? { recoverLog: (p: string) => inner.recoverLog!(p) } : {}),
  };
}
