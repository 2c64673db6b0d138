import type { FileStore } from './file-store';
import { encodeEnvelope } from './envelope';
import { KeyedMutex } from './mutex';
import { openIndex, type IndexDb } from './index-db';
import { summarize } from './summarize';
import { sameJson } from '../logic/same-json';
import { HybridClock } from './hlc';
import { JournalReplica, LOG_FOLDER, type ReplicaDeps, type SyncReport } from './journal-replica';
import { journalFileView } from './journal-view';
import { conflictCopyOf } from './sync-names';
import { validateChanged } from './validate-changed';
import { DomainError } from '../errors';
import { journalPath, journalSchema, journalSpec, type Journal } from '../model/journal';
import type { RelationshipSummary } from '../model/index-file';

export interface StoreOptions {
  /** This computer's device id (16 hex digits, from user-data) and the name people see. */
  device?: { id: string; name: string };
  /**
   * Fold this device's log into a new snapshot after this many appended lines (default 256; 1 = within
   * every save). Without a device and without this, there is no log: every save rewrites the snapshot.
   */
  compactEvery?: number;
  /** Problems found while reading logs: by file and line, never with the journal's text. */
  report?: (problem: SyncReport) => void;
}

/** The device id of a core opened without one (tests, tools): valid, and never a real computer's. */
export const ANONYMOUS_DEVICE = { id: '0000000000000000', name: 'This computer' };
const DEFAULT_COMPACT_EVERY = 256;

/**
 * The journal store: an index of summaries plus, per relationship, a replica loaded lazily: its
 * snapshot and every device's change log (see journal-replica.ts). A change is applied to a copy and
 * validated; what differs is appended to this device's log and fsynced; only then does it become
 * visible, so a failed save leaves both memory and disk as they were.
 */
export class JournalStore {
  private readonly journals = new Map<string, JournalReplica>();
  private readonly mutex = new KeyedMutex();
  private readonly listeners: ChangeListener[] = [];
  /** What services read journals and their backups through: a journal's file reads as its merged state. */
  readonly files: FileStore;

  private constructor(
    private readonly raw: FileStore,
    private readonly index: IndexDb,
    private readonly now: () => Date,
    private readonly deps: ReplicaDeps,
    private readonly compactEvery: number,
  ) {
    this.files = journalFileView(raw, (id) => this.readFresh(id));
  }

  static async open(files: FileStore, now: () => Date, options: StoreOptions = {}): Promise<JournalStore> {
    const device = options.device ?? ANONYMOUS_DEVICE;
    const deps: ReplicaDeps = {
      files,
      device: device.id,
      clock: new HybridClock(device.id, () => now().getTime()),
      now,
      report: options.report ?? (() => undefined),
      snapshotOnly: options.device === undefined && options.compactEvery === undefined,
    };
    const read = async (id: string) => (await JournalReplica.load(deps, id))?.data ?? null;
    const index = await openIndex(files, now, read);
    const every = options.compactEvery ?? DEFAULT_COMPACT_EVERY;
    const store = new JournalStore(files, index, now, deps, Math.max(1, every));
    if (!deps.snapshotOnly) await store.refresh();
    return store;
  }

  /** Called after every durable save or removal of a journal (the search index follows this way). */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Summaries of every relationship, from the index only. */
  summaries(): readonly RelationshipSummary[] {
    return this.index.relationships;
  }

  summary(id: string): RelationshipSummary {
    const found = this.index.relationships.find((r) => r.id === id);
    if (!found) throw new DomainError('not-found', 'That relationship no longer exists. It may have been deleted.');
    return found;
  }

  /** The whole journal of one relationship; throws not-found, or damaged naming the file. */
  async journal(id: string): Promise<Journal> {
    return (await this.mutex.run(id, () => this.load(id))).data;
  }

  /** Text two computers wrote at once into the same field: the versions that did not win. */
  async alternatives(id: string) {
    return (await this.mutex.run(id, () => this.load(id))).alternatives();
  }

  async create(journal: Journal): Promise<void> {
    const valid = journalSchema.parse(journal);
    const id = valid.relationship.id;
    await this.mutex.run(id, async () => {
      this.journals.set(id, await JournalReplica.create(this.deps, valid));
    });
    this.changed(id, valid);
    await this.saveSummary(summarize(valid, this.now()));
  }

  /**
   * Applies `change` to a copy of the journal, validates it and appends what changed to this device's
   * log. The change may throw a DomainError to refuse; nothing is written then.
   */
  async update<T>(id: string, change: (draft: Journal) => T): Promise<T> {
    const { result, saved } = await this.mutex.run(id, async () => {
      const replica = await this.load(id);
      const draft = structuredClone(replica.data);
      const result = change(draft);
      const next = validateChanged(replica.data, draft);
      const saved = await this.saveNamed(id, () => replica.save(next));
      if (this.compactEvery === 1 && replica.unfolded > 0) await this.compactNow(replica);
      else if (replica.unfolded >= this.compactEvery) this.compactLater(replica);
      return { result, saved };
    });
    this.changed(id, saved);
    await this.saveSummary(summarize(saved, this.now()));
    return result;
  }

  /**
   * Moves a journal's snapshot to trash/ (never erased), records its removal in this device's log (so no
   * other computer's copy brings it back) and drops it from the index. Returns where it went.
   */
  async trash(id: string): Promise<string> {
    this.summary(id);
    const to = `trash/${id}-${fileStamp(this.now())}.json`;
    await this.mutex.run(id, async () => {
      const replica = await this.load(id).catch(() => null); // a damaged journal can always be removed
      if (replica) await replica.remove();
      if (await this.raw.read(journalPath(id)).catch(() => true)) await this.raw.move(journalPath(id), to);
      else if (replica) await this.raw.write(to, encodeEnvelope(journalSpec, replica.data));
      this.journals.delete(id);
    });
    this.changed(id, null);
    await this.index.remove(id);
    return to;
  }

  /**
   * Writes a whole journal in place of one whose file could not be read (a restore, an import); the
   * caller has already set the old file aside. The index follows as for any save.
   */
  async replaceUnreadable(journal: Journal): Promise<void> {
    const valid = journalSchema.parse(journal);
    const id = valid.relationship.id;
    await this.mutex.run(id, async () => {
      this.journals.delete(id);
      const current = await JournalReplica.load(this.deps, id).catch(() => null);
      if (current) await current.replace(valid);
      this.journals.set(id, current ?? (await JournalReplica.create(this.deps, valid)));
    });
    this.changed(id, valid);
    await this.saveSummary(summarize(valid, this.now()));
  }

  private changed(id: string, journal: Journal | null): void {
    for (const listener of this.listeners) {
      // The save is already durable: a listener's failure (the search index) must never turn an
      // acknowledged save into an error the person sees. The listener repairs itself on its next call.
      try {
        listener(id, journal);
      } catch {
        /* see above */
      }
    }
  }

  /**
   * Brings in what other computers wrote: every journal with another device's log or a conflict copy is
   * merged afresh and its summary updated (or dropped, when that computer removed the person). Runs at
   * open and whenever the folder changes while Mend is open. Returns the ids whose journal changed.
   */
  async refresh(): Promise<string[]> {
    const changed: string[] = [];
    for (const id of await this.grownForeignJournals()) {
      if (await this.mutex.run(id, () => this.reload(id))) changed.push(id);
    }
    for (const id of changed) {
      const journal = this.journals.get(id)?.data;
      if (journal) await this.saveSummary(summarize(journal, this.now()));
      else if (this.index.relationships.some((r) => r.id === id)) await this.index.remove(id);
      // Listeners (the search index) hear about another computer's changes as they do about ours.
      this.changed(id, journal ?? null);
    }
    return changed;
  }

  /** Sizes of other devices' logs (and conflict copies) as last read: only what grew is read again. */
  private readonly seenSizes = new Map<string, number>();

  private async grownForeignJournals(): Promise<string[]> {
    const grown: string[] = [];
    for (const { id, file } of await foreignJournalFiles(this.raw, this.deps.device)) {
      const size = this.raw.size ? await this.raw.size(file).catch(() => -1) : -1;
      if (size !== -1 && this.seenSizes.get(file) === size) continue;
      if (size !== null) this.seenSizes.set(file, size);
      if (!grown.includes(id)) grown.push(id);
    }
    return grown;
  }

  /** Re-reads one journal; true when what it holds differs from what this store had. */
  private async reload(id: string): Promise<boolean> {
    const before = this.journals.get(id)?.data ?? null;
    const known = this.index.relationships.some((r) => r.id === id);
    let fresh: JournalReplica | null;
    try {
      fresh = await JournalReplica.load(this.deps, id);
    } catch {
      return false; // damaged: opening it says so, with its recovery screen
    }
    if (fresh) this.journals.set(id, fresh);
    else this.journals.delete(id);
    if (!fresh) return known;
    return !known || before === null || JSON.stringify(before) !== JSON.stringify(fresh.data);
  }

  /** Puts a fresh summary in the index and writes its shard. */
  private saveSummary(summary: RelationshipSummary): Promise<void> {
    return this.index.put(summary);
  }

  private async load(id: string): Promise<JournalReplica> {
    const cached = this.journals.get(id);
    if (cached) return cached;
    const summary = this.summary(id);
    const loaded = await JournalReplica.load(this.deps, id);
    if (loaded === null) {
      throw new DomainError('not-found', 'The journal file for this relationship is missing from the data folder.');
    }
    this.journals.set(id, loaded);
    await this.refreshSummary(summary, loaded.data);
    return loaded;
  }

  /** Heals an index left stale by a crash between a save and the index save, or by another computer's lines. */
  private async refreshSummary(current: RelationshipSummary, journal: Journal): Promise<void> {
    const fresh = summarize(journal, this.now());
    // By value, not by text: the summary read back through its schema lists its keys in another order.
    if (sameJson(fresh, current)) return;
    try {
      await this.saveSummary(fresh);
    } catch {
      // Reading must never fail because healing the index could not be written (a full disk): the
      // journal itself is fine, and the next open tries the heal again.
    }
  }

  /** A journal as merged now, without keeping it (insights, backups): the cached one when loaded. */
  private async readFresh(id: string): Promise<Journal | null> {
    const cached = this.journals.get(id);
    if (cached) return cached.data;
    return (await JournalReplica.load(this.deps, id))?.data ?? null;
  }

  /** The save is already durable in the log: a snapshot that cannot be written is reported, not fatal. */
  private async compactNow(replica: JournalReplica): Promise<void> {
    await replica.compact().catch(() => {
      this.deps.report({ file: journalPath(replica.id), reason: 'the change log could not be folded into a new snapshot yet' });
    });
  }

  /** Compaction runs after the save is acknowledged; a failure only leaves more lines to read next time. */
  private compactLater(replica: JournalReplica): void {
    void this.mutex.run(replica.id, () => replica.compact()).catch(() => {
      this.deps.report({ file: journalPath(replica.id), reason: 'the change log could not be folded into a new snapshot yet' });
    });
  }

  /** An append that fails is reported under the journal's own name, as every save of it is. */
  private async saveNamed<T>(id: string, save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (e) {
      if (e instanceof DomainError && typeof e.message === 'string') {
        const log = `${LOG_FOLDER}/${id}.${this.deps.device}.log`;
        if (e.message.includes(log)) throw new DomainError(e.code, e.message.replace(log, journalPath(id)), { ...e.detail, path: journalPath(id) });
      }
      throw e;
    }
  }

  /** Tests and tools: fold every loaded journal's log into its snapshot now. */
  async compactAll(): Promise<void> {
    for (const replica of this.journals.values()) await this.mutex.run(replica.id, () => replica.compact());
  }
}

/** Files another device wrote for a journal: its logs, and sync tools' conflict copies. */
async function foreignJournalFiles(files: FileStore, device: string): Promise<{ id: string; file: string }[]> {
  const out: { id: string; file: string }[] = [];
  for (const name of await files.list(LOG_FOLDER)) {
    const m = /^(.+)\.([0-9a-f]{16})\.log$/.exec(conflictCopyOf(name) ?? name);
    if (m && (m[2] !== device || conflictCopyOf(name) !== null)) out.push({ id: m[1]!, file: `${LOG_FOLDER}/${name}` });
  }
  for (const name of await files.list('relationships')) {
    const base = conflictCopyOf(name);
    if (base?.endsWith('.json')) out.push({ id: base.slice(0, -'.json'.length), file: `relationships/${name}` });
  }
  return out;
}

/** A journal was saved (`journal` is what is now on disk) or removed (`null`). Must not throw. */
export type ChangeListener = (id: string, journal: Journal | null) => void;

/** A timestamp safe in file names on every platform. */
export const fileStamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
