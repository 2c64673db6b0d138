import type { BackupInfo, FileStore } from '../../src/core/store/file-store';

/** An in-memory FileStore for core tests: same contract, no disk, inspectable. */
export class MemoryFileStore implements FileStore {
  readonly files = new Map<string, Uint8Array>();
  readonly kept = new Map<string, { info: BackupInfo; bytes: Uint8Array }[]>();
  writes = 0;
  appends = 0;
  failNextWrite: Error | null = null;

  async read(path: string) {
    return this.files.get(path) ?? null;
  }
  async write(path: string, bytes: Uint8Array) {
    if (this.failNextWrite) {
      const e = this.failNextWrite;
      this.failNextWrite = null;
      throw e;
    }
    const previous = this.files.get(path);
    if (previous) {
      const list = this.kept.get(path) ?? [];
      list.unshift({ info: { id: `b${this.writes}`, at: new Date(0).toISOString(), size: previous.length }, bytes: previous });
      this.kept.set(path, list);
    }
    this.writes++;
    this.files.set(path, bytes.slice());
  }
  async append(path: string, bytes: Uint8Array) {
    if (this.failNextWrite) {
      const e = this.failNextWrite;
      this.failNextWrite = null;
      throw e;
    }
    const before = this.files.get(path) ?? new Uint8Array();
    const joined = new Uint8Array(before.length + bytes.length);
    joined.set(before, 0);
    joined.set(bytes, before.length);
    this.appends++;
    this.files.set(path, joined);
  }
  async size(path: string) {
    return this.files.get(path)?.length ?? null;
  }
  async list(dir: string) {
    const prefix = `${dir}/`;
    return [...this.files.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
  }
  async move(from: string, to: string) {
    const bytes = this.files.get(from);
    if (!bytes) throw new Error('missing');
    this.files.delete(from);
    this.files.set(to, bytes);
  }
  async backups(path: string) {
    return (this.kept.get(path) ?? []).map((b) => b.info);
  }
  async readBackup(path: string, id: string) {
    const found = (this.kept.get(path) ?? []).find((b) => b.info.id === id);
    if (!found) throw new Error('no such backup');
    return found.bytes;
  }
  /** A snapshot of every file, to prove a rejected call changed nothing. */
  snapshot(): string {
    return JSON.stringify([...this.files.entries()].map(([k, v]) => [k, Buffer.from(v).toString('base64')]).sort());
  }
}

export const testPlatform = () => {
  const opened: string[] = [];
  const notes: string[] = [];
  const backupSettings = { keepLast: 10 };
  // Spellcheck as on Linux: off until turned on, and turning it on would download dictionaries.
  const spelling = { enabled: false, downloadsDictionaries: true };
  return {
    opened,
    notes,
    spelling,
    platform: {
      dataFolder: '/tmp/mend-test',
      openExternal: async (url: string) => void opened.push(url),
      notify: (title: string) => void notes.push(title),
      // Exports and imports: no pickers in unit tests; tests that need files give a platform of their own.
      chooseExportFolder: async () => null,
      chooseImportFile: async () => null,
      writeExternalFile: async (): Promise<string> => Promise.reject(new Error('no external files in this test')),
      readExternalFile: async (): Promise<Uint8Array> => Promise.reject(new Error('no external files in this test')),
      readBackupSettings: async () => ({ ...backupSettings }),
      saveBackupSettings: async (next: { keepLast: number }) => void Object.assign(backupSettings, next),
      readSpelling: async () => ({ ...spelling }),
      saveSpelling: async (enabled: boolean) => void (spelling.enabled = enabled),
      // The person says yes; a test about saying no gives a platform of its own.
      confirm: async () => true,
    },
  };
};

/** A deterministic clock and id source. */
export const fixedStamp = (start = '2026-03-01T09:00:00.000Z') => {
  let t = Date.parse(start);
  let n = 0;
  return {
    now: () => new Date((t += 1000)),
    newId: () => `id-${(++n).toString().padStart(4, '0')}`,
  };
};
