import { Low } from 'lowdb';
import type { FileStore } from './file-store';
import { EnvelopeAdapter } from './envelope-adapter';
import { encodeEnvelope } from './envelope';
import { KeyedMutex } from './mutex';
import { openIndex, type IndexDb } from './index-db';
import { summarize } from './summarize';
import { DomainError } from '../errors';
import { journalPath, journalSchema, journalSpec, type Journal } from '../model/journal';
import type { RelationshipSummary } from '../model/index-file';

/**
 * The journal store: an index of summaries plus one lowdb document per relationship, loaded lazily.
 * Every change is applied to a copy, validated, written durably, and only then becomes visible,
 * so a failed save leaves both memory and disk as they were.
 */
export class JournalStore {
  private readonly journals = new Map<string, Low<Journal>>();
  private readonly mutex = new KeyedMutex();
  private readonly listeners: ChangeListener[] = [];

  private constructor(
    readonly files: FileStore,
    private readonly index: IndexDb,
    private readonly now: () => Date,
  ) {}

  static async open(files: FileStore, now: () => Date): Promise<JournalStore> {
    return new JournalStore(files, await openIndex(files, now), now);
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

  async create(journal: Journal): Promise<void> {
    const valid = journalSchema.parse(journal);
    const id = valid.relationship.id;
    await this.mutex.run(id, async () => {
      const db = new Low(new EnvelopeAdapter(this.files, journalPath(id), journalSpec), valid);
      await db.write();
      this.journals.set(id, db);
    });
    this.changed(id, valid);
    await this.saveSummary(summarize(valid, this.now()));
  }

  /**
   * Applies `change` to a copy of the journal, validates and saves it. The change may throw a
   * DomainError to refuse; nothing is written then.
   */
  async update<T>(id: string, change: (draft: Journal) => T): Promise<T> {
    const { result, saved } = await this.mutex.run(id, async () => {
      const db = await this.load(id);
      const draft = structuredClone(db.data);
      const result = change(draft);
      const next = journalSchema.parse(draft);
      const previous = db.data;
      db.data = next;
      try {
        await db.write();
      } catch (e) {
        db.data = previous;
        throw e;
      }
      return { result, saved: next };
    });
    this.changed(id, saved);
    await this.saveSummary(summarize(saved, this.now()));
    return result;
  }

  /** Moves a journal to trash/ (never erased) and drops it from the index. Returns where it went. */
  async trash(id: string): Promise<string> {
    this.summary(id);
    const to = `trash/${id}-${fileStamp(this.now())}.json`;
    await this.mutex.run(id, async () => {
      await this.files.move(journalPath(id), to);
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
      await this.files.write(journalPath(id), encodeEnvelope(journalSpec, valid));
      this.journals.delete(id);
    });
    this.changed(id, valid);
    await this.saveSummary(summarize(valid, this.now()));
  }

  private changed(id: string, journal: Journal | null): void {
    for (const listener of this.listeners) listener(id, journal);
  }

  /** Puts a fresh summary in the index and writes its shard. */
  private saveSummary(summary: RelationshipSummary): Promise<void> {
    return this.index.put(summary);
  }

  private async load(id: string): Promise<Low<Journal>> {
    const cached = this.journals.get(id);
    if (cached) return cached;
    const summary = this.summary(id);
    const adapter = new EnvelopeAdapter(this.files, journalPath(id), journalSpec);
    const data = await adapter.read();
    if (data === null) {
      throw new DomainError('not-found', 'The journal file for this relationship is missing from the data folder.');
    }
    const loaded = new Low<Journal>(adapter, data);
    this.journals.set(id, loaded);
    await this.refreshSummary(summary, loaded.data);
    return loaded;
  }

  /** Heals an index left stale by a crash between a journal save and the index save. */
  private async refreshSummary(current: RelationshipSummary, journal: Journal): Promise<void> {
    const fresh = summarize(journal, this.now());
    if (JSON.stringify(fresh) !== JSON.stringify(current)) await this.saveSummary(fresh);
  }
}

/** A journal was saved (`journal` is what is now on disk) or removed (`null`). Must not throw. */
export type ChangeListener = (id: string, journal: Journal | null) => void;

/** A timestamp safe in file names on every platform. */
export const fileStamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
