import { withLinksMoved } from '../logic/fresh-ids-for-removed';
import type { FileStore, LogChunks } from './file-store';
import { rewriteLog, rowsBefore } from './log-edit';
import type { KeyedMutex } from './mutex';
import { encodeLine, LogCursor, type ChangeLine, type LineProblem } from './change-line';
import { applySorted, mergeInClockOrder, type Merged, type MergeSource } from './log-merge';
import { decodeEnvelopeWithSync, encodeEnvelope, UnreadableFileError } from './envelope';
import { damagedFileError, FOREIGN_JOURNAL } from './envelope-adapter';
import { diffJournals } from './journal-diff';
import type { HybridClock } from './hlc';
import { GENESIS_CLOCK, parseStamp } from './hlc';
import { heldHeads, isSnapshotMeta, metaOf, recordsFrom, type SnapshotMeta } from './snapshot-meta';
import { conflictCopyOf, oneDriveCopiesOf } from './sync-names';
import { heldWhole, recoveredReason, wholeSealedLines } from './whole-sealed-log';
import { lastEntryRemoval } from './removals';
import { fillDefaultParts, partAt, putPart, splitFieldsOf } from './split-fields';
import { bothVersions } from '../logic/draft-both';
import { applyLine, dropAlternativesAt, fieldClocks, materialize, mergeRecords, racedAt, seenNow, recordValue, RELATIONSHIP_KEY, type Plain, type Records } from './sync-state';
import { journalPath, journalSchema, journalSpec, type Journal } from '../model/journal';

export const LOG_FOLDER = 'logs';
/**
 * Where a read lists the folders (for conflict copies and every device's log): the folder store, or
 * listings taken once for many reads (the search build reads every journal: folder-listings.ts).
 */
export type Lister = Pick<FileStore, 'list'>;
export const logPath = (id: string, device: string): string => `${LOG_FOLDER}/${id}.${device}.log`;
/** The journal's fields that hold lists of records. */
export const COLLECTIONS: readonly string[] = Object.keys(journalSchema.shape).filter((k) => k !== 'relationship');
const DAY_MS = 86_400_000;
/** A log was not in clock order: the merge starts over, sorting. */
const UNORDERED = Symbol('unordered');

/** A version of a text field that did not win, and who wrote the one shown instead. */
export interface AlternativeVersion {
  /** "relationship", or "<collection>/<record id>". */
  key: string;
  field: string;
  value: unknown;
  /** The device that wrote this version, and its clock (the version's id). */
  device: string;
  clock: string;
  /** The version shown now (`value` absent when the field was unset). */
  shown: { value?: unknown; device: string; clock: string };
}

/**
 * A write another computer made to a field under another id (a person brought back from the Trash,
 * whose words under the old id arrived later), carried into this journal with its own clock and device,
 * so it meets this journal's write to the same field as in sync (see JournalReplica.save).
 */
export interface CarriedWrite {
  /** "relationship", or "<collection>/<record id>". */
  key: string;
  field: string;
  /** Absent: the write unset the field. */
  value?: unknown;
  device: string;
  clock: string;
}

/** Who last wrote a field of a journal, and when: null when no clock says (a field as first copied in). */
export type WriterOf = (key: string, field: string) => { device: string; clock: string } | null;

/** An entry removed on one computer while another was still writing in it (JournalReplica.racedRemovals). */
export interface RacedRemoval {
  /** "<collection>/<record id>". */
  key: string;
  /** Its fields as every computer's lines left them (the raced write included). */
  value: Plain;
  removed: { device: string; clock: string };
  /** Text written at the same time as the value shown (an "also written" version), by field. */
  also: { field: string; value: unknown; device: string; clock: string }[];
  /** The newest write the removal had not seen. */
  changed: { device: string; clock: string };
}

export interface SyncReport {
  file: string;
  line?: number;
  reason: string;
  /**
   * For the person too (Settings → Computers lists it): 'left-out', something written is left out as
   * read here; 'clock', a computer's clock is badly wrong (its changes are read all the same). Unset:
   * upkeep that is simply tried again (a snapshot not folded yet), or nothing lost.
   */
  notice?: 'left-out' | 'clock';
}

export interface ReplicaDeps {
  files: FileStore;
  device: string;
  clock: HybridClock;
  now: () => Date;
  report: (problem: SyncReport) => void;
  /**
   * No change log: every save rewrites the snapshot (with its clocks), as Mend 1 did. For a core
   * opened without a device identity (tests of the whole-file behaviour, tools); never for main.
   */
  snapshotOnly?: boolean;
  /**
   * Snapshot writes of one journal in the order they were asked for, whichever replica asks (the store
   * keeps one). A replica replaced by a fresh read may still have a fold under way; the fresh one's must
   * never land first, or the older snapshot ends on disk while this computer's record says the newer
   * one's reach, and trimming then drops the lines between. Without it, each replica keeps its own order.
   */
  snapshotOrder?: KeyedMutex;
}

/**
 * One journal as this device sees it: its snapshot (relationships/<id>.json, a plain journal envelope
 * with clocks in its header) plus every device's change log (logs/<id>.<device>.log). A save appends
 * the difference to this device's log; compaction folds the logs into a new snapshot.
 */
export class JournalReplica {
  private constructor(
    private readonly deps: ReplicaDeps,
    readonly id: string,
    private records: Records,
    private readonly heads: Map<string, number>,
    public data: Journal,
    /** Lines appended by this device since the snapshot was written. */
    public unfolded: number,
    /** How far into each log the snapshot on disk reaches (as read, or as this device last wrote it). */
    public snapshotHeads: ReadonlyMap<string, number> = new Map(heads),
    /**
     * A log was trimmed past what the snapshot here holds (the newer snapshot has not arrived yet): the
     * journal shows less than it will, and must not be folded into a snapshot that would claim the rest.
     */
    readonly incomplete = false,
    /** Per log, rows this device could not open (sealed under a key not here): a snapshot lists them as holes. */
    private readonly holes: ReadonlyMap<string, readonly number[]> = new Map(),
  ) {}

  /** Snapshot writes, one after another in the order they were asked for (see compact()). */
  private snapshots: Promise<void> = Promise.resolve();
  private writing = 0;


  get ownLog(): string {
    return logPath(this.id, this.deps.device);
  }

  /**
   * Null when there is neither a snapshot nor a log line for this id (or the person was removed).
   * `held` is a copy read in place of the snapshot (a restore); null reads the logs alone (a rebuild).
   */
  static async load(deps: ReplicaDeps, id: string, held?: Uint8Array | null, lister: Lister = deps.files, unremoved = false): Promise<JournalReplica | null> {
    // The logs are read after the snapshot, as they always were (a snapshot never claims lines a log read after it lacks).
    // Each is read as it is merged, a chunk at a time, so every read opens them afresh; all are let go at the end.
    const opened: LogText[] = [];
    const readLogs = async () => {
      const logs = await readLogTexts(deps, id, lister);
      opened.push(...logs);
      return logs;
    };
    // Logs a merge left part read are let go before anything else happens: the next merge's own torn
    // save may be cut by a rename over its file, which a file held open can refuse (Windows).
    const letGo = () => opened.splice(0).forEach((log) => log.chunks?.close());
    const snapshot = (again: boolean) => (held === null ? Promise.resolve(null) : readSnapshot(again ? { ...deps, report: () => undefined } : deps, id, held, lister));
    try {
      // Lines are merged as they are decoded; should a log not be in clock order (rare), they are read again and sorted.
      const merged = await JournalReplica.loadLogs(deps, id, held, snapshot, readLogs, mergeInClockOrder, false, unremoved);
      if (merged !== UNORDERED) return merged;
      letGo();
      return (await JournalReplica.loadLogs(deps, id, held, snapshot, readLogs, applySorted, true, unremoved)) as JournalReplica | null;
    } finally {
      letGo();
    }
  }

  /**
   * A removed person's journal as every computer's lines left it: `held` (its trash copy) with every
   * log line past it merged, including edits another computer made before it heard of the removal, and
   * the person's own removal set aside (entries removed on purpose stay removed). Null when none of it
   * can be read. For bringing the person back, under a new id, from the Trash.
   */
  static async lastLeft(deps: ReplicaDeps, id: string, held: Uint8Array): Promise<{ journal: Journal; writer: WriterOf } | null> {
    // Quiet: what the logs report was said when the journal was read before its removal.
    const replica = await JournalReplica.load({ ...deps, report: () => undefined }, id, held, deps.files, true);
    return replica && { journal: replica.data, writer: (key, field) => replica.writerOf(key, field) };
  }

  /** A split group (split-fields.ts) was last written by the writer of its newest part. */
  private writerOf(key: string, field: string): { device: string; clock: string } | null {
    const fields = this.records.get(key)?.f;
    let f = fields?.[field];
    if (!f && fields && splitFieldsOf(key)?.has(field)) {
      const prefix = `${field}.`;
      for (const name in fields) if (name.startsWith(prefix) && (!f || fields[name]!.t > f.t)) f = fields[name];
    }
    return f && f.t !== GENESIS_CLOCK ? { device: f.d, clock: f.t } : null;
  }

  /**
   * The snapshot and every log's lines past it, merged by `merge` into the snapshot's records. What the
   * logs report (damaged lines, a clock far ahead) is said once the merge has finished, so a merge that
   * starts over says nothing twice (`again`: the snapshot, read a second time, says nothing either).
   */
  private static async loadLogs(
    deps: ReplicaDeps,
    id: string,
    held: Uint8Array | null | undefined,
    readBase: (again: boolean) => Promise<Snapshot | null>,
    readLogs: () => Promise<LogText[]>,
    merge: (sources: MergeSource[], apply: (line: ChangeLine) => void) => Merged | null,
    again = false,
    /** Read as if the person had not been removed (lastLeft). */
    unremoved = false,
  ): Promise<JournalReplica | null | typeof UNORDERED> {
    const base = await readBase(again);
    const records: Records = base?.records ?? new Map();
    for (const rec of records.values()) for (const f of Object.values(rec.f)) deps.clock.recv(f.t);
    const heads = new Map(Object.entries(base?.heads ?? {}));
    const snapshotHeads = heldHeads(heads, new Map(Object.entries(base?.holes ?? {})));
    const sources = (await readLogs()).map((log) => ({
      ...log, cursor: new LogCursor(log.chunks ? log.chunks.next : (log.text ?? '')), skip: log.recovered ? 0 : (heads.get(log.name) ?? 0),
      // Only where the snapshot lists some: the merge asks for every folded row of a long log.
      holes: !log.recovered && base?.holes[log.name] ? new Set(base.holes[log.name]) : undefined,
    }));
    const trimmedPast = (s: (typeof sources)[number]) => s.cursor.base > s.skip && counted(s);
    // Stamps sort as text: only one past this can be a day ahead, and the clock need only see the last.
    const dayAhead = new Date(deps.now().getTime() + DAY_MS).toISOString();
    // A copy being restored past a trimmed log: the lines left were written after lines that are gone,
    // so they name values the copy does not hold, and its own older text would come back as an "also
    // written" version that nobody wrote at the same time. Those are dropped; every other one stays.
    const restoredClocks = held && sources.some(trimmedPast) ? fieldClocks(records) : null;
    const ahead: ChangeLine[] = [];
    const merged = merge(sources, (line) => {
      if (line.t > dayAhead) ahead.push(line);
      applyLine(records, line);
    });
    if (!merged) return UNORDERED;
    // The snapshot's conflict copies, once the logs are read: they give only what the logs cannot.
    const filled = base ? mergeCopies(deps, id, base.copies, records, sources, snapshotHeads) : new Map<string, number>();
    if (base && base.copies.length > 0) base.checked = false;
    const incomplete = sources.some((s) => trimmedPast(s) && (filled.get(s.name) ?? 0) < s.cursor.base);
    let unfolded = 0;
    const holes = new Map<string, number[]>();
    for (const source of sources) {
      await settleLog(deps, { ...source, length: source.chunks?.handed ?? 0 }, source.cursor);
      if (trimmedPast(source) && (filled.get(source.name) ?? 0) < source.cursor.base) {
        deps.report({ file: source.path, reason: 'this log was trimmed past the snapshot here; waiting for the newer snapshot to arrive' });
      }
      if (source.own) unfolded = source.cursor.complete - source.skip;
      if (counted(source)) heads.set(source.name, Math.max(source.skip, source.cursor.complete, filled.get(source.name) ?? 0));
      // Lines that could not be opened (sealed under a key not here): a snapshot folded now lists them as
      // holes, so they are read once they can be. Claimed as folded, they were never read again, and
      // trimming then lost them. Only those not folded before: one that was readable then is held.
      const unopened = source.cursor.unopened.filter((row) => row >= source.skip || source.holes?.has(row));
      // A log held whole reads as a few damaged rows: one starting "?" by chance is no row sealed under another key.
      if (unopened.length > 0 && counted(source) && !source.whole) holes.set(source.name, unopened);
    }
    // A log whose lines reach this device only through a copy (the log is gone) is folded that far too.
    for (const [name, head] of filled) if (!sources.some((s) => s.name === name)) heads.set(name, Math.max(heads.get(name) ?? 0, head));
    ahead.forEach((line) => checkClock(deps, id, line));
    if (!base && merged.count === 0) return null;
    if (restoredClocks) dropAlternativesAt(records, restoredClocks);
    if (unremoved) delete records.get(RELATIONSHIP_KEY)?.x;
    if (merged.last !== null) deps.clock.recv(merged.last);
    // Lines from another computer whose snapshot (holding the creation) has not arrived, or has gone.
    if (!base && !('id' in (records.get(RELATIONSHIP_KEY)?.f ?? {}))) return null;
    // Nothing merged into a checked snapshot: its records hold exactly the values just validated.
    const data = base?.checked && merged.count === 0 && !restoredClocks ? (materialize(records, COLLECTIONS) as Journal | null) : validJournal(id, records);
    return data ? new JournalReplica(deps, id, records, heads, data, unfolded, snapshotHeads, incomplete, holes) : null;
  }

  /**
   * A journal new to this device, or written whole by a restore over a file that could not be read. A
   * restore puts back exactly the version chosen: the snapshot records every log line already there as
   * folded into it, so older lines never re-apply over it (no edit it predates "wins" back, and no text
   * it replaced comes back as an "also written" version). Lines written after it merge as usual.
   */
  static async create(deps: ReplicaDeps, journal: Journal): Promise<JournalReplica> {
    const heads = new Map<string, number>();
    // Rows this computer cannot open yet are not claimed: they are holes, read once they can be (as in load).
    const holes = new Map<string, number[]>();
    for (const name of await logNamesFor(deps.files, journal.relationship.id)) {
      if (conflictCopyOf(name) !== null) continue;
      const read = await readLog(deps, `${LOG_FOLDER}/${name}`, name.endsWith(`.${deps.device}.log`));
      heads.set(name, read.complete);
      if (read.unopened.length > 0) holes.set(name, read.unopened);
    }
    const replica = new JournalReplica(deps, journal.relationship.id, new Map(), heads, journal, 0, heldHeads(heads, holes), false, holes);
    await replica.writeSnapshotFrom(null, journal);
    return replica;
  }

  /**
   * Appends what changed from the current journal to `next`; returns the journal as merged. `carried`
   * writes go in the same save, each as a line under its own clock and device (replacing nothing known
   * here), so each field takes them as it takes a write from sync: the later clock shows, and a text that
   * lost stays as an "also written" version. Their old clocks put this log out of clock order until it
   * is folded; the merge then sorts (log-merge.ts).
   */
  async save(next: Journal, carried: readonly CarriedWrite[] = []): Promise<Journal> {
    const changes = diffJournals(this.data as unknown as Plain, next as unknown as Plain, COLLECTIONS, this.records);
    // A removal is final: a record it names is not written again under its id (an import of an older
    // backup would otherwise look like another computer still writing in it). The journal shown is then
    // the merged one, without it.
    const allowed = changes.filter((c) => c.x || this.records.get(c.k)?.x === undefined);
    const lines = this.stamp(allowed);
    if (carried.length > 0) return this.saveCarried(lines, carried);
    if (lines.length === 0) return allowed.length === changes.length ? this.data : (validJournal(this.id, this.records) ?? this.data);
    const shown = allowed.length === changes.length ? next : null;
    if (this.deps.snapshotOnly) return this.foldIntoSnapshot(lines, shown);
    await append(this.deps.files, this.ownLog, lines.map(encodeLine).join(''));
    return this.fold(lines, shown, true);
  }

  /** Records the person's removal: a tombstone no older copy of the journal can outlive. */
  async remove(): Promise<void> {
    if (this.deps.snapshotOnly) return;
    const [line] = this.stamp([{ k: RELATIONSHIP_KEY, x: 1 }]);
    await append(this.deps.files, this.ownLog, encodeLine(line!));
    this.fold([line!], this.data, true);
  }

  /** Replaces the whole journal (a restore, an import over an unreadable file): lines, then a snapshot. */
  async replace(journal: Journal): Promise<void> {
    await this.writeSnapshotFrom(this.data, journal);
  }

  /**
   * Folds every line this device has read into a new snapshot (the old one is kept as a backup). What
   * it writes is taken now, so saves may go on while the snapshot is written: their lines lie beyond
   * the heads it records and are read from the log again. Snapshot writes never overtake each other.
   */
  compact(force = false): Promise<void> {
    // It would claim lines it does not hold: wait for the newer snapshot (unless restoring over a lost one).
    if (this.incomplete && !force) return Promise.resolve();
    const heads = new Map(this.heads);
    const bytes = encodeEnvelope(journalSpec, this.data, metaOf(this.records, this.heads, this.deps.now().getTime(), this.holes));
    const folded = this.unfolded;
    this.writing++;
    const task = async (): Promise<void> => {
      try {
        await this.deps.files.write(journalPath(this.id), bytes);
        this.unfolded = Math.max(0, this.unfolded - folded);
        this.snapshotHeads = heldHeads(heads, this.holes);
      } finally {
        this.writing--;
      }
    };
    const order = this.deps.snapshotOrder;
    const write = order ? order.run(this.id, task) : this.snapshots.then(task);
    this.snapshots = write.catch(() => undefined);
    return write;
  }

  /** The journal as a snapshot file would hold it, clocks and log positions included (a rebuild offered back). */
  snapshotBytes(): Uint8Array {
    return encodeEnvelope(journalSpec, this.data, metaOf(this.records, this.heads, this.deps.now().getTime(), this.holes));
  }

  /** A snapshot is being written: no need to ask for another. */
  get compacting(): boolean {
    return this.writing > 0;
  }

  /** Resolves once no snapshot write is under way (before the snapshot is moved to trash). */
  settled(): Promise<void> {
    return this.snapshots;
  }

  /** The entries of this journal that were removed ("<collection>/<id>"), folded into a snapshot or not. */
  removedEntries(): Set<string> {
    const out = new Set<string>();
    for (const [key, rec] of this.records) if (rec.x !== undefined && key !== RELATIONSHIP_KEY) out.add(key);
    return out;
  }

  /** When an entry of this journal was last removed (ISO), or null: removals carry no updatedAt. */
  lastRemoval(): string | null {
    return lastEntryRemoval(this.records);
  }

  /**
   * Text written concurrently on two devices: the version that did not win, per record and field, with
   * the device and clock of the version shown now (`shown`).
   */
  alternatives(): AlternativeVersion[] {
    const out: AlternativeVersion[] = [];
    for (const [key, rec] of this.records) {
      if (rec.x !== undefined) continue;
      for (const [field, f] of Object.entries(rec.f)) {
        for (const [clock, alt] of Object.entries(f.a ?? {})) {
          out.push({ key, field, value: alt.v, device: alt.d, clock, shown: { value: f.v, device: f.d, clock: f.t } });
        }
      }
    }
    return out;
  }

  /**
   * Entries removed on one computer while another was still writing in them (sync-state racedAt): each
   * with its values as every computer's lines left them, who removed it and who wrote in it last.
   */
  racedRemovals(): RacedRemoval[] {
    const out: RacedRemoval[] = [];
    for (const [key, rec] of this.records) {
      const changed = key === RELATIONSHIP_KEY ? null : racedAt(rec);
      if (changed === null) continue;
      const also = Object.entries(rec.f).flatMap(([field, f]) => Object.entries(f.a ?? {}).map(([clock, alt]) => ({ field, value: alt.v, device: alt.d, clock })));
      out.push({
        key, value: recordValue(rec), also,
        removed: { clock: rec.x!, device: parseStamp(rec.x!)?.node ?? '' },
        changed: { clock: changed, device: parseStamp(changed)?.node ?? '' },
      });
    }
    return out.sort((a, b) => (a.changed.clock < b.changed.clock ? -1 : 1));
  }

  /**
   * Settles an entry a write raced the removal of: `bringBack` (a new id) writes it again as a new
   * entry; either way it is removed again, having seen every write, so no computer offers it any more.
   * One save of this device, appended at once. Null when there is no such entry (settled already);
   * 'incomplete' when its values no longer make a whole entry (removed long before the write arrived).
   */
  async settleRaced(key: string, bringBack: string | null): Promise<Journal | null | 'incomplete'> {
    const rec = this.records.get(key);
    if (!rec || key === RELATIONSHIP_KEY || racedAt(rec) === null) return null;
    let next = this.data;
    if (bringBack !== null) {
      const collection = key.slice(0, key.indexOf('/'));
      const list = (this.data as unknown as Record<string, Plain[] | undefined>)[collection];
      if (!list) return 'incomplete';
      const value = recordValue(rec);
      // Words also written (a text that lost to another while the entry was being removed) come back
      // too, after the version shown, oldest first: bringing it back must not drop what the card showed.
      const withAlso = structuredClone(value);
      for (const [field, f] of Object.entries(rec.f)) {
        const shown = partAt(withAlso, field);
        if (typeof shown !== 'string') continue;
        let text = shown;
        for (const clock of Object.keys(f.a ?? {}).sort()) {
          const other = f.a![clock]!.v;
          if (typeof other !== 'string' || other.trim() === '' || text.includes(other)) continue;
          text = text.trim() === '' ? other : bothVersions(text, other);
        }
        putPart(withAlso, field, text);
      }
      const parse = (v: Plain) => journalSchema.safeParse({ ...this.data, [collection]: [...list, { ...v, id: bringBack }] });
      // Too long together for a field: the version shown alone, as the card says it may be.
      let parsed = parse(withAlso);
      if (!parsed.success) parsed = parse(value);
      if (!parsed.success) return 'incomplete';
      // What named it (a plan's `incidentId`) names it again under its new id, as Undo of a removal does.
      next = withLinksMoved(parsed.data, key.slice(collection.length + 1), bringBack);
    }
    const lines = this.stamp([...diffJournals(this.data as unknown as Plain, next as unknown as Plain, COLLECTIONS, this.records), { k: key, x: 1 }]);
    if (this.deps.snapshotOnly) return this.foldIntoSnapshot(lines, next);
    await append(this.deps.files, this.ownLog, lines.map(encodeLine).join(''));
    return this.fold(lines, next, true);
  }

  private async saveCarried(stamped: ChangeLine[], carried: readonly CarriedWrite[]): Promise<Journal> {
    // One line per record and clock, as its writer wrote it (a clock is a line's id).
    const byLine = new Map<string, ChangeLine>();
    for (const w of carried) {
      if (this.records.get(w.key)?.x !== undefined) continue; // a removal is final here too
      this.deps.clock.recv(w.clock);
      const line = byLine.get(`${w.key} ${w.clock}`) ?? { t: w.clock, d: w.device, k: w.key };
      if ('value' in w) (line.s ??= {})[w.field] = [w.value, ''];
      else (line.u ??= {})[w.field] = '';
      byLine.set(`${w.key} ${w.clock}`, line);
    }
    const all = [...stamped, ...byLine.values()];
    if (all.length === 0) return this.data;
    const lines = all.map(({ m: _, ...line }, i): ChangeLine => (i < all.length - 1 ? { ...line, m: 1 } : line));
    // Which write shows is known only once applied: checked on a copy before anything is written.
    const preview = structuredClone(this.records);
    for (const line of lines) applyLine(preview, line);
    const next = validJournal(this.id, preview) ?? this.data;
    if (this.deps.snapshotOnly) return this.foldIntoSnapshot(lines, next);
    await append(this.deps.files, this.ownLog, lines.map(encodeLine).join(''));
    return this.fold(lines, next, true);
  }

  /**
   * Settles one alternative version as lines every device folds the same way: `keep` makes it the
   * value (its line names the alternative's clock, dropping it from the alternatives, then the shown
   * version's, so that one is not offered back); otherwise the shown value is written again naming the
   * alternative's clock, which drops it. Null when there is no such version; nothing is written then.
   */
  async resolve(key: string, field: string, clock: string, keep: boolean): Promise<Journal | null> {
    const rec = this.records.get(key);
    const f = rec?.x === undefined ? rec?.f[field] : undefined;
    const alt = f?.a?.[clock];
    if (!f || !alt) return null;
    const replaced = keep ? [clock, f.t] : [clock];
    const lines = replaced.map((r, i): ChangeLine => {
      const set = keep || 'v' in f ? { s: { [field]: [keep ? alt.v : f.v, r] as [unknown, string] } } : { u: { [field]: r } };
      return { t: this.deps.clock.send(), d: this.deps.device, k: key, ...set, ...(i < replaced.length - 1 ? { m: 1 as const } : {}) };
    });
    const preview = structuredClone(this.records);
    for (const line of lines) applyLine(preview, line);
    const next = validJournal(this.id, preview) ?? this.data;
    if (this.deps.snapshotOnly) return this.foldIntoSnapshot(lines, next);
    await append(this.deps.files, this.ownLog, lines.map(encodeLine).join(''));
    return this.fold(lines, next, true);
  }

  private async writeSnapshotFrom(before: Journal | null, journal: Journal): Promise<void> {
    const lines = this.stamp(diffJournals(before as unknown as Plain | null, journal as unknown as Plain, COLLECTIONS, this.records));
    // A new journal's creation is logged too, so its log alone can rebuild it if its only snapshot is damaged.
    const logged = lines.length > 0 && !this.deps.snapshotOnly;
    if (logged) await append(this.deps.files, this.ownLog, lines.map(encodeLine).join(''));
    this.fold(lines, journal, logged);
    await this.compact();
  }

  /**
   * Snapshot-only saves: the new snapshot is written before memory changes, so a failure changes nothing.
   * `next` null: the journal is the merged records (a change to a removed record was left out).
   */
  private async foldIntoSnapshot(lines: ChangeLine[], next: Journal | null): Promise<Journal> {
    const records = structuredClone(this.records);
    const touchedRemoved = next === null || lines.some((l) => records.get(l.k)?.x !== undefined);
    for (const line of lines) applyLine(records, line);
    const merged = touchedRemoved ? (validJournal(this.id, records) ?? next ?? this.data) : next;
    await this.deps.files.write(journalPath(this.id), encodeEnvelope(journalSpec, merged, metaOf(records, this.heads, this.deps.now().getTime(), this.holes)));
    this.records = records;
    this.data = merged;
    return merged;
  }

  private stamp(changes: ReturnType<typeof diffJournals>): ChangeLine[] {
    return changes.map(({ isNew, ...change }, i) => {
      const t = this.deps.clock.send();
      const more = i < changes.length - 1 ? { m: 1 as const } : {};
      // A removal says what of the record it had seen, per device: a write it had not raced it (sync-state racedAt).
      const rec = change.x ? this.records.get(change.k) : undefined;
      const seen = rec ? seenNow(rec) : '';
      return { t, d: this.deps.device, ...change, ...(isNew ? { o: t } : {}), ...(rec ? { r: seen } : {}), ...more };
    });
  }

  /** `next` null: the journal is the merged records (a change to a removed record was left out). */
  private fold(lines: ChangeLine[], next: Journal | null, logged: boolean): Journal {
    const touchedRemoved = next === null || lines.some((l) => this.records.get(l.k)?.x !== undefined);
    for (const line of lines) applyLine(this.records, line);
    if (logged) {
      const own = `${this.id}.${this.deps.device}.log`;
      this.unfolded += lines.length;
      this.heads.set(own, (this.heads.get(own) ?? 0) + lines.length);
    }
    // A change to a record another device removed does not bring it back: show the merged journal.
    this.data = touchedRemoved ? (validJournal(this.id, this.records) ?? next ?? this.data) : next!;
    return this.data;
  }
}

/** The journal's snapshot (or `held`, a copy being restored in its place), merged with any conflict copies. */
/**
 * A snapshot's records. `checked`: they are exactly the values of one journal that passed its schema
 * (no conflict copy merged in, no field marked unset in its clocks), so if no log line changes them,
 * the journal they make needs no second validation.
 */
interface Snapshot {
  records: Records;
  heads: Record<string, number>;
  /** Rows before the heads it does not hold (SnapshotMeta.holes). */
  holes: Record<string, number[]>;
  checked: boolean;
  /** Sync tools' conflict copies of it, merged once the logs are read (see mergeCopies). */
  copies: SnapshotCopy[];
}

/** A conflict copy's records, and how far into each log it reaches (empty for a copy without clocks). */
interface SnapshotCopy {
  records: Records;
  heads: Record<string, number>;
}

async function readSnapshot(deps: ReplicaDeps, id: string, held: Uint8Array | undefined, lister: Lister): Promise<Snapshot | null> {
  const path = journalPath(id);
  const bytes = held ?? (await deps.files.read(path));
  let main: Snapshot | null = null;
  if (bytes) {
    try {
      const { data, sync } = decodeEnvelopeWithSync(journalSpec, bytes);
      // Another person's journal under this one's name (a file copied over it): read as theirs, it would
      // show them here and mix this person's logs into it. Damaged, so recovery offers what the logs hold.
      if (data.relationship.id !== id) throw new UnreadableFileError(FOREIGN_JOURNAL);
      const meta = isSnapshotMeta(sync) ? sync : null;
      main = { records: recordsFrom(data as unknown as Plain, COLLECTIONS, meta, deps.device), heads: meta?.heads ?? {}, holes: meta?.holes ?? {}, checked: !unsetsAny(meta), copies: [] };
    } catch (e) {
      throw damagedFileError(path, e);
    }
  }
  for (const name of await snapshotCopies(lister, id)) {
    const copy = await readCopy(deps, `relationships/${name}`, id);
    if (!copy) continue;
    // With no snapshot of its own name, the first copy stands in for it.
    if (!main) main = { ...copy, holes: {}, checked: false, copies: [] };
    else main.copies.push(copy);
  }
  return main;
}

/** A sync tool's conflict copy of a snapshot: merged as state (it is idempotent), never fatal. */
async function readCopy(deps: ReplicaDeps, path: string, id: string): Promise<SnapshotCopy | null> {
  try {
    const bytes = await deps.files.read(path);
    if (!bytes) return null;
    const { data, sync } = decodeEnvelopeWithSync(journalSpec, bytes);
    // Not a copy of this journal after all (a OneDrive-shaped name another person's id could have).
    if (data.relationship.id !== id) return null;
    const meta = isSnapshotMeta(sync) ? sync : null;
    return { records: recordsFrom(data as unknown as Plain, COLLECTIONS, meta, deps.device), heads: meta?.heads ?? {} };
  } catch {
    deps.report({ file: path, reason: 'a conflict copy that could not be read was left aside', notice: 'left-out' });
    return null;
  }
}

/**
 * Merges the snapshot's conflict copies into `records`, once the logs are read, taking from each only
 * what the logs here cannot give: the writes of a device whose log is gone, trimmed past the
 * snapshot's head, or shorter than the copy's head. The logs give everything else, line by line, with
 * the value each line replaced; a copy's field holds only its last value, so an older text in it (one
 * its own device replaced since, or one the person dropped) would otherwise come back as an "also
 * written" version nobody wrote. A copy without clocks (Mend 1) is merged whole, as before.
 * Returns, per log, how far the copies taken from it reach (the snapshot holds that much of it now).
 */
function mergeCopies(
  deps: ReplicaDeps,
  id: string,
  copies: readonly SnapshotCopy[],
  records: Records,
  sources: readonly { name: string; cursor: LogCursor; skip: number; recovered?: boolean }[],
  snapshotHeads: ReadonlyMap<string, number>,
): Map<string, number> {
  const filled = new Map<string, number>();
  const logs = new Map(sources.filter(counted).map((s) => [s.name, s]));
  for (const copy of copies) {
    for (const rec of copy.records.values()) for (const f of Object.values(rec.f)) deps.clock.recv(f.t);
    const clocked = Object.keys(copy.heads).length > 0;
    const fromLog = (device: string): boolean => {
      const name = `${id}.${device}.log`;
      const head = copy.heads[name];
      // The snapshot already holds as much of this log as the copy (an older copy left lying about).
      if (head !== undefined && head <= (snapshotHeads.get(name) ?? 0)) return true;
      const log = logs.get(name);
      return log !== undefined && log.cursor.base <= log.skip && log.cursor.complete >= (head ?? 0);
    };
    mergeRecords(records, copy.records, (device, clock) => !clocked || clock === GENESIS_CLOCK || !fromLog(device));
    for (const [name, head] of Object.entries(copy.heads)) {
      if (!name.startsWith(`${id}.`) || fromLog(name.slice(id.length + 1, -'.log'.length))) continue;
      filled.set(name, Math.max(filled.get(name) ?? 0, head));
    }
  }
  return filled;
}

async function snapshotCopies(files: Lister, id: string): Promise<string[]> {
  const names = await files.list('relationships');
  return [...names.filter((n) => conflictCopyOf(n) === `${id}.json`), ...oneDriveCopiesOf(names, id)];
}

/** The log files of one journal: every device's, and sync tools' conflict copies of them. */
async function logNamesFor(files: Lister, id: string): Promise<string[]> {
  const prefix = `${id}.`;
  return (await files.list(LOG_FOLDER)).filter((n) => {
    const base = conflictCopyOf(n) ?? n;
    return base.startsWith(prefix) && /^[0-9a-f]{16}\.log$/.test(base.slice(prefix.length));
  });
}

/** Whether a snapshot's clocks mark any field unset (materialising leaves it out: the schema must judge what is left). */
function unsetsAny(meta: SnapshotMeta | null): boolean {
  for (const rec of Object.values(meta?.r ?? {})) for (const entry of Object.values(rec.f ?? {})) if (entry.length === 3) return true;
  return false;
}

/** A log file being read (plain bytes, already opened if sealed), a chunk at a time as its lines are decoded. */
interface LogText {
  name: string;
  path: string;
  /** This device's own log (never a conflict copy of it). */
  own: boolean;
  /** Its bytes (null when there is no such file, or for lines recovered from a log held whole). */
  chunks: (LogChunks & { handed: number }) | null;
  /** It starts with a block an older Mend sealed whole (whole-sealed-log.ts). */
  heldWhole: boolean;
  /** The lines recovered from a log held whole, as text. */
  text?: string;
  /** It starts with a block an older Mend sealed whole (whole-sealed-log.ts): how much of it could not be read. */
  whole?: { lost: number };
  /** The lines of such a log, read from its block and the rows after it: merged like a conflict copy, counted nowhere. */
  recovered?: true;
}

/** A log whose row numbers count: not a sync tool's copy, nor lines recovered from a log held whole. */
const counted = (log: { name: string; recovered?: boolean }): boolean => conflictCopyOf(log.name) === null && !log.recovered;

/** Opens every log of the journal to be read (the first chunk of each is read now); on a failure, lets go of those opened. */
async function readLogTexts(deps: ReplicaDeps, id: string, lister: Lister): Promise<LogText[]> {
  const logs: LogText[] = [];
  try {
    for (const name of await logNamesFor(lister, id)) {
      const path = `${LOG_FOLDER}/${name}`;
      const chunks = await logChunksOf(deps.files, path);
      let first: Uint8Array | null;
      try {
        first = chunks?.next() ?? null;
      } catch (error) {
        chunks?.close(); // not among `logs` yet
        throw error;
      }
      const log: LogText = { name, path, own: name === `${id}.${deps.device}.log`, chunks: chunks && handedAgain(first, chunks), heldWhole: first !== null && heldWhole(first) };
      logs.push(log);
      if (!log.heldWhole) continue;
      const lines = await wholeSealedLines(deps.files, path);
      log.whole = { lost: lines ? lines.lost : 1 };
      if (lines) logs.push({ name, path, own: false, chunks: null, heldWhole: false, text: lines.text, recovered: true });
    }
    return logs;
  } catch (error) {
    for (const log of logs) log.chunks?.close();
    throw error;
  }
}

/** A log's chunks, from a store that reads them so, or its bytes read whole as one chunk. */
async function logChunksOf(files: FileStore, path: string): Promise<LogChunks | null> {
  if (files.readLogChunks) return files.readLogChunks(path);
  const bytes = await files.read(path);
  if (!bytes) return null;
  let given = false;
  return { size: bytes.length, next: () => (given ? null : ((given = true), bytes)), close: () => undefined };
}

/** `chunks` after `first` was taken from them (to look at how the log starts): first again, then the rest; counting the bytes handed out. */
function handedAgain(first: Uint8Array | null, chunks: LogChunks): LogChunks & { handed: number } {
  let pending = first;
  const out = {
    size: chunks.size,
    handed: 0,
    close: () => chunks.close(),
    next: (): Uint8Array | null => {
      const chunk = pending ?? chunks.next();
      pending = null;
      if (chunk) out.handed += chunk.length;
      return chunk;
    },
  };
  return out;
}

/**
 * Reads a log's complete lines. Another device's torn last line is left to finish arriving; this
 * device's own torn tail is an append that was never acknowledged (a crash): it is cut off, by an
 * atomic rewrite of the complete lines, so the next append starts on a line of its own.
 */
async function readLog(deps: ReplicaDeps, path: string, own: boolean): Promise<{ complete: number; unopened: number[] }> {
  const bytes = await deps.files.read(path);
  const cursor = new LogCursor(bytes ?? '');
  while (cursor.next()) continue;
  await settleLog(deps, { path, own, length: bytes?.length ?? 0, heldWhole: !!bytes && heldWhole(bytes) }, cursor);
  return { complete: cursor.complete, unopened: [...cursor.unopened] };
}

/** Once a log is read to its end: this device's own torn tail is cut off, and its damaged lines are reported. */
/** `length`: the bytes of the log as read to its end (opened, in a sealed folder). */
async function settleLog(deps: ReplicaDeps, log: Pick<LogText, 'path' | 'own' | 'heldWhole' | 'whole' | 'recovered'> & { length: number }, cursor: LogCursor): Promise<void> {
  const { path, own } = log;
  if (log.recovered) return; // said once, with the log it was read from
  // Never cut: its rows as read are pieces of the block, and its last piece is no torn save but the block's end.
  // Read whole from its block, nothing is left out: said in the warnings, not to the person.
  if (log.heldWhole) {
    const lost = log.whole?.lost ?? null;
    return deps.report({ file: path, reason: recoveredReason(lost), ...(lost === 0 ? {} : { notice: 'left-out' as const }) });
  }
  // Cut as stored (log-edit.ts), whole saves only: the rows of a save cut short go with its torn one, or
  // the next save's rows would complete it. Rows read and rows stored match one for one. Read again
  // whole for that (a crash's leftover, rare): the chunks it was read in are gone.
  if (own && cursor.completeBytes < log.length) {
    const bytes = await deps.files.read(path);
    if (bytes && cursor.completeBytes < bytes.length) await rewriteLog(deps.files, path, { drop: 0, keep: rowsBefore(bytes, cursor.completeBytes) });
  }
  cursor.problems.forEach((p: LineProblem) => deps.report({ file: path, line: p.line, reason: p.reason, notice: 'left-out' }));
}

function checkClock(deps: ReplicaDeps, id: string, line: ChangeLine): void {
  const stamp = parseStamp(line.t);
  if (stamp && stamp.millis > deps.now().getTime() + DAY_MS) {
    deps.report({ file: logPath(id, line.d), reason: 'a change is stamped more than a day ahead of this computer\'s clock; one of the clocks is badly wrong', notice: 'clock' });
  }
}

function validJournal(id: string, records: Records): Journal | null {
  fillDefaultParts(records);
  const plain = materialize(records, COLLECTIONS);
  if (!plain) return null;
  const result = journalSpec.schema.safeParse(plain);
  if (!result.success) throw damagedFileError(journalPath(id), new Error('merged changes do not form a valid journal'));
  return result.data;
}

async function append(files: FileStore, path: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  if (files.append) return files.append(path, bytes);
  const before = (await files.read(path)) ?? new Uint8Array();
  const joined = new Uint8Array(before.length + bytes.length);
  joined.set(before, 0);
  joined.set(bytes, before.length);
  await files.write(path, joined);
}
