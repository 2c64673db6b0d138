import type { FileStore } from './file-store';
import { encodeEnvelope } from './envelope';
import { KeyedMutex } from './mutex';
import { openIndex, type IndexDb } from './index-db';
import { summarize } from './summarize';
import { sameJson } from '../logic/same-json';
import { HybridClock } from './hlc';
import { JournalReplica, LOG_FOLDER, type CarriedWrite, type Lister, type RacedRemoval, type ReplicaDeps, type SyncReport, type WriterOf } from './journal-replica';
import { sharedListings } from './folder-listings';
import { journalFileView } from './journal-view';
import { conflictCopyOf, journalFileIds, LOG_NAME } from './sync-names';
import { validateChanged } from './validate-changed';
import { applyChange, withRecordReplaced, type RecordList, type RecordOf } from './journal-draft';
import { PendingSummaries } from './pending-summaries';
import { QuietCompaction } from './quiet-compaction';
import { devicePath } from './device-state';
import { SEEN_FILE, SeenFiles } from './seen-files';
import { HOME_ROWS_FILE, HomeRows } from './home-rows';
import { personRemovedAt } from './removals';
import { DeviceUpkeep, deviceRecordPath, trimLog, type DeviceInfo } from './device-upkeep';
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
 * The store last opened on a folder's files: a store opened again on them (unlocking after a lock, a
 * test's restart) first lets the previous one finish writing its pending summaries, so the index it
 * reads is current and no late write of the old store overtakes the new one's.
 */
const lastOpened = new WeakMap<FileStore, JournalStore>();
/** Upkeep (recording what this device folded, trimming its logs) runs at open, then at most this often. */
const UPKEEP_EVERY_MS = 60_000;

/**
 * The journal store: an index of summaries plus, per relationship, a replica loaded lazily: its
 * snapshot and every device's change log (see journal-replica.ts). A change is applied to a copy and
 * validated; what differs is appended to this device's log and fsynced; only then does it become
 * visible, so a failed save leaves both memory and disk as they were.
 */
/** A journal as the change logs alone make it (rebuiltFromLogs), with what they say was removed from it. */
export interface RebuiltFromLogs {
  journal: Journal;
  bytes: Uint8Array;
  removedEntries: ReadonlySet<string>;
  lastRemoval: string | null;
}

export class JournalStore {
  private readonly journals = new Map<string, JournalReplica>();
  private readonly mutex = new KeyedMutex();
  private readonly listeners: ChangeListener[] = [];
  /** This computer: whose log a save appends to, and the name other computers show for it. */
  thisDevice: { id: string; name: string } = ANONYMOUS_DEVICE;
  /** Summaries of saved journals on their way to the index (written after the save is acknowledged). */
  private readonly pending: PendingSummaries;
  /** What services read journals and their backups through: a journal's file reads as its merged state. */
  readonly files: FileStore;
  /** Logs due to be folded into snapshots, once saving pauses. */
  private readonly compaction: QuietCompaction;

  private constructor(
    private readonly raw: FileStore,
    private readonly index: IndexDb,
    private readonly now: () => Date,
    private readonly deps: ReplicaDeps,
    private readonly compactEvery: number,
    private readonly upkeep: DeviceUpkeep,
    /** Home's verdicts and sparklines, kept within this run and from one run to the next (home-rows.ts). */
    readonly homeRows: HomeRows,
  ) {
    this.files = journalFileView(raw, (id) => this.readFresh(id));
    this.pending = new PendingSummaries(index, now, (reason) => deps.report({ file: 'index', reason }));
    this.compaction = new QuietCompaction(compactEvery, (replica) => this.startFold(replica));
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
      snapshotOrder: new KeyedMutex(),
    };
    await lastOpened.get(files)?.flushed();
    const read = async (id: string) => (await JournalReplica.load(deps, id))?.data ?? null;
    // Read side by side: each is its own file, and opening waits for all three.
    // The index's keys are asked for only once Home runs, after opening: the rows file is read beside it.
    let keyOf = (_summary: RelationshipSummary): string | null => null;
    const [index, upkeep, seen, homeRows] = await Promise.all([
      openIndex(files, now, read, devicePath(device.id, 'index')),
      DeviceUpkeep.open(files, device, now),
      deps.snapshotOnly ? null : SeenFiles.open(files, devicePath(device.id, SEEN_FILE), now),
      HomeRows.open(files, deps.snapshotOnly ? null : devicePath(device.id, HOME_ROWS_FILE), (summary) => keyOf(summary), now),
    ]);
    keyOf = (summary) => index.keyOf(summary);
    const every = options.compactEvery ?? DEFAULT_COMPACT_EVERY;
    const store = new JournalStore(files, index, now, deps, Math.max(1, every), upkeep, homeRows);
    store.thisDevice = device;
    lastOpened.set(files, store);
    if (seen) {
      store.seen = seen.seen;
      for (const [file, size] of seen.sizes) store.seenSizes.set(file, size);
    }
    if (!deps.snapshotOnly) await store.refresh(); // and the first upkeep
    return store;
  }

  /** This computer's id: its logs and its own state folder (devices/<id>/) are named by it. */
  get device(): string {
    return this.deps.device;
  }

  /** Where this computer keeps state no other computer needs (drafts, interrupted work): devices/<id>/<name>. */
  statePath(name: string): string {
    return devicePath(this.deps.device, name);
  }

  /** Called after every durable save or removal of a journal (the search index follows this way). */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Summaries of every relationship, from the index only. */
  summaries(): readonly RelationshipSummary[] {
    return this.pending.over(this.index.relationships);
  }

  summary(id: string): RelationshipSummary {
    const found = this.pending.get(id) ?? this.index.relationships.find((r) => r.id === id);
    if (!found) throw new DomainError('not-found', 'That relationship no longer exists. It may have been deleted.');
    return found;
  }

  /**
   * The whole journal of one relationship; throws not-found, or damaged naming the file. `heal: false`
   * (the search build reads every journal at once) leaves checking Home's summary to `healSummary`;
   * `listing` (from `sharedListings`) lists the folders once for many reads.
   */
  async journal(id: string, options: { heal?: boolean; listing?: Lister } = {}): Promise<Journal> {
    return (await this.mutex.run(id, () => this.load(id, options.heal ?? true, options.listing))).data;
  }

  /** Folder listings taken once and shared by the reads given them (folder-listings.ts). */
  sharedListings(): Lister {
    return sharedListings(this.raw);
  }

  /** Checks one summary against the journal in memory, as a first read does (after a read with `heal: false`). */
  async healSummary(id: string): Promise<void> {
    await this.mutex.run(id, async () => {
      const replica = this.journals.get(id);
      const summary = this.pending.get(id) ?? this.index.relationships.find((r) => r.id === id);
      if (replica && summary) await this.refreshSummary(summary, replica.data);
    });
  }

  /** When an entry of this journal was last removed, or null (imports compare it with a backup's age). */
  async lastRemoval(id: string): Promise<string | null> {
    return (await this.mutex.run(id, () => this.load(id))).lastRemoval();
  }

  /** Which entries of this journal were removed, on any computer ("<collection>/<id>"): an import never brings them back. */
  async removedEntries(id: string): Promise<ReadonlySet<string>> {
    return (await this.mutex.run(id, () => this.load(id))).removedEntries();
  }

  /** When this person was removed on any computer (their tombstone), or null: an import never brings them back. */
  removedAt(id: string): Promise<string | null> {
    return personRemovedAt(this.raw, id);
  }

  /** Text two computers wrote at once into the same field: the versions that did not win. */
  async alternatives(id: string) {
    return (await this.mutex.run(id, () => this.load(id))).alternatives();
  }

  /**
   * Keeps (`keep`) or drops one alternative version of a text field, as lines in this device's log so
   * every computer ends the same. False when there is no such version: nothing is written then.
   */
  async resolveAlternative(id: string, key: string, field: string, clock: string, keep: boolean): Promise<boolean> {
    const saved = await this.mutex.run(id, async () => {
      const replica = await this.load(id);
      return this.saveNamed(id, () => replica.resolve(key, field, clock, keep));
    });
    if (!saved) return false;
    this.changed(id, saved);
    await this.saveSummary(summarize(saved, this.now()));
    return true;
  }

  /**
   * Whether the journal waits for another computer's newer snapshot (a log was trimmed past the one
   * here): it may still show an entry whose removal only that snapshot holds.
   */
  async waiting(id: string): Promise<boolean> {
    if (this.deps.snapshotOnly) return false;
    return (await this.mutex.run(id, () => this.load(id))).incomplete;
  }

  /** Entries removed on one computer while another was still writing in them (JournalReplica.racedRemovals). */
  async racedRemovals(id: string): Promise<RacedRemoval[]> {
    return (await this.mutex.run(id, () => this.load(id))).racedRemovals();
  }

  /**
   * Brings such an entry back under `bringBack` (a new id), or lets it go (null): lines in this
   * device's log, so every computer ends the same. Null when there is no such entry any more;
   * 'incomplete' (nothing written) when what is left of it no longer makes a whole entry.
   */
  async settleRaced(id: string, key: string, bringBack: string | null): Promise<Journal | null | 'incomplete'> {
    const saved = await this.mutex.run(id, async () => {
      const replica = await this.load(id);
      return this.saveNamed(id, () => replica.settleRaced(key, bringBack));
    });
    if (saved === null || saved === 'incomplete') return saved;
    this.changed(id, saved);
    await this.saveSummary(summarize(saved, this.now()));
    return saved;
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
   * Applies `change` to a copy-on-write draft of the journal (journal-draft.ts), validates the records
   * it replaced and appends what changed to this device's log. Memory changes only once the append is
   * durable. The change may throw a DomainError to refuse; nothing is written then. The index summary
   * follows after the acknowledgement: it is derived, and Home reads the fresh one meanwhile.
   */
  async update<T>(id: string, change: (draft: Journal) => T): Promise<T> {
    return this.commit(id, (journal) => applyChange(journal, change));
  }

  /**
   * As update(), and in the same save the writes `change` returns, which another computer made under
   * another id: each carried with its own clock and device (JournalReplica.save), so where this
   * journal's write to the same field differs, the later shows and a text that lost is kept as an
   * "also written" version, as in sync.
   */
  async updateCarrying(id: string, change: (draft: Journal) => readonly CarriedWrite[]): Promise<void> {
    await this.commit(id, (journal) => applyChange(journal, change), (carried) => carried);
  }

  /**
   * Replaces one record of one list, as update() would with a draft, but without one: the save an
   * autosave makes at every pause in typing. immer's proxies and the walk that finishes a draft were
   * about a quarter of such a save's own work on the main thread (a CPU profile of the L save probe).
   * `edit` gets the stored record and journal, to read only, and returns the record's next value (or
   * throws to refuse); `missing` is thrown when there is no such record. Returns the record as edited.
   */
  async replaceRecord<K extends RecordList>(
    id: string,
    list: K,
    recordId: string,
    edit: (current: RecordOf<K>, journal: Journal) => RecordOf<K>,
    missing: () => Error,
  ): Promise<RecordOf<K>> {
    return this.commit(id, (journal) => withRecordReplaced(journal, list, recordId, edit, missing));
  }

  /** A save: `make` proposes the next journal from the current one; it is validated, then made durable (update). */
  private async commit<T>(id: string, make: (journal: Journal) => { next: unknown; result: T }, carried?: (result: T) => readonly CarriedWrite[]): Promise<T> {
    const { result, saved } = await this.mutex.run(id, async () => {
      const replica = await this.load(id);
      const { next: proposed, result } = make(replica.data);
      const next = validateChanged(replica.data, proposed);
      const saved = await this.saveNamed(id, () => replica.save(next, carried?.(result)));
      if (this.compactEvery === 1 && replica.unfolded > 0) await this.compactNow(replica);
      else this.compaction.saved(replica);
      return { result, saved };
    });
    this.changed(id, saved);
    // Without a change log (tools, whole-file tests) a save is a whole rewrite anyway: the index too.
    if (this.deps.snapshotOnly) await this.saveSummary(summarize(saved, this.now()));
    else this.pending.put(id, saved);
    return result;
  }

  /** Resolves once the summaries saves left waiting are in the index, written in their own time (not hurried). */
  summariesWritten(): Promise<void> {
    return this.pending.written();
  }

  /** Resolves once what saves left to follow them is written: index summaries, snapshots being folded. */
  async flushed(): Promise<void> {
    await this.pending.flushed();
    await this.compaction.flushed();
    await Promise.all([...this.journals.values()].map((replica) => replica.settled()));
    await Promise.all([...this.folding]);
    await this.homeRows.flushed();
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
      await replica?.settled(); // a snapshot being written lands before the move, never after it
      if (replica) this.compaction.forget(replica); // a fold waiting for quiet never writes a removed journal back
      // What goes to trash/ is what restoring brings back: fold the logs first, so the edits saved since
      // the last fold go with it (the snapshot alone is up to 255 saves old). A journal still waiting for
      // another computer's newer snapshot cannot be folded (its snapshot would claim lines it lacks): all
      // this computer holds of it goes to trash/ instead, and the snapshot stays for the newer to replace.
      const whole = replica?.incomplete ? replica.snapshotBytes() : null;
      if (replica && !whole && !this.deps.snapshotOnly) await replica.compact();
      if (replica) await replica.remove();
      if (whole) await this.raw.write(to, whole);
      else if (await this.raw.read(journalPath(id)).catch(() => true)) await this.raw.move(journalPath(id), to);
      else if (replica) await this.raw.write(to, encodeEnvelope(journalSpec, replica.data));
      this.journals.delete(id);
    });
    this.changed(id, null);
    await this.pending.drop(id);
    await this.index.remove(id);
    return to;
  }

  /**
   * Writes a whole journal in place of one whose file could not be read (a restore, an import); the
   * caller has already set the old file aside. `held` is the restored copy's own bytes when it is a
   * snapshot: its header says how far into each log it reached, so the lines written after it (the
   * edits since its last fold) are merged over it again and nothing saved after it is lost. The index
   * follows as for any save. Returns the journal as it now reads.
   */
  async replaceUnreadable(journal: Journal, held?: Uint8Array): Promise<Journal> {
    const valid = journalSchema.parse(journal);
    const id = valid.relationship.id;
    const restored = await this.mutex.run(id, async () => {
      this.journals.delete(id);
      const current = await JournalReplica.load(this.deps, id).catch(() => null);
      if (current) await current.replace(valid);
      const replica = current ?? (await this.restoreOnto(id, held)) ?? (await JournalReplica.create(this.deps, valid));
      this.journals.set(id, replica);
      return replica.data;
    });
    this.changed(id, restored);
    await this.saveSummary(summarize(restored, this.now()));
    return restored;
  }

  /**
   * A removed person's journal with every line any computer wrote to it past `held`, its trash copy
   * (an edit that raced the removal included), as if the person had not been removed; null when that
   * cannot be read (the trash copy alone is then what there is).
   */
  async lastLeft(id: string, held: Uint8Array): Promise<{ journal: Journal; writer: WriterOf } | null> {
    if (this.deps.snapshotOnly) return null;
    return JournalReplica.lastLeft(this.deps, id, held).catch(() => null);
  }

  /** The held snapshot with every log line past it, written as the journal's snapshot; null when it cannot be read. */
  /**
   * The journal as every device's change log alone makes it (the snapshot left out), with its bytes as
   * a snapshot would hold them; null when the logs cannot make all of it: they lack its creation (a
   * journal from before creations were logged) or were trimmed past lines only a snapshot still holds.
   */
  async rebuiltFromLogs(id: string): Promise<RebuiltFromLogs | null> {
    if (this.deps.snapshotOnly) return null;
    const replica = await JournalReplica.load(this.deps, id, null).catch(() => null);
    if (!replica || replica.incomplete) return null;
    return { journal: replica.data, bytes: replica.snapshotBytes(), removedEntries: replica.removedEntries(), lastRemoval: replica.lastRemoval() };
  }

  private async restoreOnto(id: string, held: Uint8Array | undefined): Promise<JournalReplica | null> {
    if (!held || this.deps.snapshotOnly) return null;
    const replica = await JournalReplica.load(this.deps, id, held).catch(() => null);
    if (!replica) return null;
    // A log trimmed past the held copy (its middle lines are folded into the snapshot that was lost):
    // the copy with every line still there is the most this folder holds, so it is written all the same.
    await replica.compact(true);
    return replica;
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
    const changed = await this.bringInOthers();
    await this.upkeepNow();
    return changed;
  }

  /** Upkeep at most once a minute; a failure is reported and tried again next time. */
  private upkeepNow(): Promise<void> {
    return this.maintain(false).catch(() => {
      this.deps.report({ file: deviceRecordPath(this.deps.device), reason: 'this computer\'s record could not be written, or a log trimmed, yet' });
    });
  }

  /** Merges what other computers wrote (see refresh); returns the ids whose journal changed. */
  private async bringInOthers(): Promise<string[]> {
    const changed: string[] = [];
    for (const id of await this.grownForeignJournals()) {
      if (await this.mutex.run(id, () => this.reload(id))) changed.push(id);
    }
    for (const id of changed) {
      const journal = this.journals.get(id)?.data;
      if (journal) await this.saveSummary(summarize(journal, this.now()));
      else if (this.index.relationships.some((r) => r.id === id)) {
        await this.pending.drop(id); // removed on another computer: no summary of it may follow
        await this.index.remove(id);
      }
      // Listeners (the search index) hear about another computer's changes as they do about ours.
      this.changed(id, journal ?? null);
    }
    await this.rememberSeen();
    return changed;
  }

  /** Where the sizes of other computers' files already merged are kept between runs (seen-files.ts). */
  private seen: SeenFiles | null = null;
  /** Journals whose other-computer files could not be merged: their sizes are not kept, so the next open tries again. */
  private readonly notMerged = new Set<string>();

  /** After the summaries they stand for are written; written only when they changed. */
  private async rememberSeen(): Promise<void> {
    if (!this.seen) return;
    const merged = new Map([...this.seenSizes].filter(([file]) => !this.notMerged.has(journalIdOfForeign(file))));
    await this.seen.save(merged).catch(() => {
      this.deps.report({ file: SEEN_FILE, reason: 'what was read of other computers\' changes could not be recorded yet; they are read again at the next start' });
    });
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

  /**
   * Re-reads one journal; true when what it holds differs from what this store had, or what it offers
   * to choose between: a text another computer wrote at the same time as this one's, whose version
   * lost, leaves the journal reading the same here but adds "also written on…" to show.
   */
  private async reload(id: string): Promise<boolean> {
    const held = this.journals.get(id);
    const before = held?.data ?? null;
    const offeredBefore = held ? offered(held) : '';
    const known = this.index.relationships.some((r) => r.id === id);
    let fresh: JournalReplica | null;
    try {
      fresh = await JournalReplica.load(this.deps, id);
    } catch {
      this.notMerged.add(id);
      return false; // damaged: opening it says so, with its recovery screen
    }
    this.notMerged.delete(id);
    if (fresh) this.journals.set(id, fresh);
    else this.journals.delete(id);
    if (!fresh) return known;
    return !known || before === null || JSON.stringify(before) !== JSON.stringify(fresh.data) || offered(fresh) !== offeredBefore;
  }

  /** Puts a fresh summary in the index and writes its shard (newer than any pending one). */
  private async saveSummary(summary: RelationshipSummary): Promise<void> {
    await this.pending.drop(summary.id);
    await this.index.put(summary);
  }

  private async load(id: string, heal = true, listing?: Lister): Promise<JournalReplica> {
    const cached = this.journals.get(id);
    if (cached) return cached;
    const summary = this.summary(id);
    const loaded = await JournalReplica.load(this.deps, id, undefined, listing);
    if (loaded === null) {
      if (await this.finishRemoval(id)) {
        throw new DomainError('not-found', `${summary.name} was deleted, here or on another computer. You can bring them back from the Trash in Settings.`);
      }
      throw new DomainError('not-found', 'The journal file for this relationship is missing from the data folder.');
    }
    this.journals.set(id, loaded);
    this.compaction.opened(loaded);
    if (heal) await this.refreshSummary(summary, loaded.data);
    return loaded;
  }

  /**
   * A person Home still lists although a removal of them is recorded (a delete cut off before the
   * index was updated): the removal is final, so the delete is finished now. True when that was so.
   */
  private async finishRemoval(id: string): Promise<boolean> {
    if (this.deps.snapshotOnly || (await personRemovedAt(this.raw, id)) === null) return false;
    await this.pending.drop(id);
    await this.index.remove(id);
    this.changed(id, null);
    return true;
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
    await replica.compact().then(() => this.folded(replica)).catch(() => {
      this.deps.report({ file: journalPath(replica.id), reason: 'the change log could not be folded into a new snapshot yet' });
    });
  }

  /** A new snapshot: other computers learn how far it reaches (so this one may trim), off the save path. */
  private folded(replica: JournalReplica): Promise<void> {
    this.upkeep.note(replica);
    return this.upkeep.save().catch(() => undefined); // the next upkeep writes it again
  }

  /**
   * Starts folding a log that fell due (quiet-compaction.ts), under the journal's lock so a removal or
   * a fresh read never races it, and only for the replica still in use: one replaced meanwhile (a fresh
   * read, a restore) or removed is never written back.
   */
  private startFold(replica: JournalReplica): Promise<void> {
    return this.mutex.run(replica.id, async () => {
      if (this.journals.get(replica.id) === replica && !replica.compacting && replica.unfolded > 0) this.compactLater(replica);
    });
  }

  /**
   * Compaction is written after the save is acknowledged and outside the journal's lock, so later
   * saves never wait for it; a failure only leaves more lines to read next time.
   */
  private compactLater(replica: JournalReplica): void {
    const fold: Promise<void> = replica
      .compact()
      .then(() => this.folded(replica))
      .catch(() => {
        this.deps.report({ file: journalPath(replica.id), reason: 'the change log could not be folded into a new snapshot yet' });
      })
      .finally(() => this.folding.delete(fold));
    this.folding.add(fold);
  }

  /** Folds under way, through the record of how far they reach: the folder is let go only after them. */
  private readonly folding = new Set<Promise<void>>();

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

  private lastUpkeep = -Infinity;

  /**
   * Off the save path (at open, then from the folder watch at most once a minute): records how far the
   * snapshots this computer holds reach into each log, then trims this computer's own logs up to the line
   * every computer it still knows has folded. A failure only leaves the logs longer.
   */
  async maintain(force = true): Promise<void> {
    const at = this.now().getTime();
    if (!force && at - this.lastUpkeep < UPKEEP_EVERY_MS) return;
    this.lastUpkeep = at;
    for (const replica of this.journals.values()) this.upkeep.note(replica);
    await this.upkeep.save();
    const devices = await this.upkeep.devices();
    const suffix = `.${this.deps.device}.log`;
    for (const name of (await this.raw.list(LOG_FOLDER)).filter((n) => n.endsWith(suffix) && conflictCopyOf(n) === null)) {
      const point = await this.upkeep.trimPoint(name, devices);
      const id = name.slice(0, -suffix.length);
      if (point > 0) await this.mutex.run(id, () => trimLog(this.raw, `${LOG_FOLDER}/${name}`, point, this.compactEvery));
    }
  }

  /** Every computer seen in this folder, for Settings → Computers. */
  devices(): Promise<DeviceInfo[]> {
    return this.upkeep.devices();
  }

  /** Forgets a computer not seen for a long time; false when it may not be forgotten (yet). */
  forgetDevice(id: string): Promise<boolean> {
    return this.upkeep.forget(id);
  }

  /** Tests and tools: fold every loaded journal's log into its snapshot now. */
  async compactAll(): Promise<void> {
    for (const replica of this.journals.values()) await this.mutex.run(replica.id, () => replica.compact());
  }
}

/** The journal a file from foreignJournalFiles belongs to. */
const journalIdOfForeign = (file: string): string => journalFileIds(file).journal ?? file;

/** Files another device wrote for a journal: its logs, and sync tools' conflict copies. */
async function foreignJournalFiles(files: FileStore, device: string): Promise<{ id: string; file: string }[]> {
  const out: { id: string; file: string }[] = [];
  for (const name of await files.list(LOG_FOLDER)) {
    const m = LOG_NAME.exec(conflictCopyOf(name) ?? name);
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

/** What a journal offers to choose between (texts written at once, entries removed while written in), as a key. */
function offered(replica: JournalReplica): string {
  // Compared in memory only, never written or logged.
  return JSON.stringify([replica.alternatives().map((a) => [a.key, a.field, a.clock, a.shown.clock]), replica.racedRemovals()]);
}
