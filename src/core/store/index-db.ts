import { z } from 'zod';
import type { FileStore } from './file-store';
import { decodeEnvelope, decodeEnvelopeApart, encodeEnvelope, envelopeChecksum, type EnvelopeSpec } from './envelope';
import { fromWire, LATER, toWire, type WireIndex } from './index-wire';
import { damagedFileError } from './envelope-adapter';
import { journalIdsOnDisk, rebuildSummaries, summaryFromDisk, type ReadJournal } from './index-rebuild';
import { SUMMARY_VERSION } from './summarize';
import { KeyedMutex } from './mutex';
import { DomainError } from '../errors';
import {
  INDEX_DIR,
  INDEX_SHARDS,
  indexShardPath,
  indexSchema,
  indexSpec,
  shardOf,
  type IndexData,
  type RelationshipSummary,
} from '../model/index-file';

export interface IndexDb {
  /** Every summary, in memory. */
  readonly relationships: readonly RelationshipSummary[];
  /** Puts a summary in place and writes its shard durably; memory changes only after the write. */
  put(summary: RelationshipSummary): Promise<void>;
  /** Drops a summary and writes its shard durably. */
  remove(id: string): Promise<void>;
  /**
   * The checksum of the shard this very summary was last read from or written to, as a key for work
   * kept about it between runs (home-rows.ts); null for a summary the index has not written.
   */
  keyOf(summary: RelationshipSummary): string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The index is a cache of what the journals say, kept per computer and written only by this computer's
 * Mend, in a compact form (index-wire.ts). A shard read back with an intact checksum and the summary
 * version this summarize() writes is what it wrote: it is read back by its form, not every field of
 * every summary re-validated (that was about a fifth of opening to Home at L). Any other shard is
 * validated in full as before (and, being another version's, rebuilt from the journals); a damaged one,
 * or one of this version that is not in this form, fails and is set aside.
 */
const ownShard = z.unknown().transform((value, ctx) => {
  const data = isRecord(value) && value['summaryVersion'] === SUMMARY_VERSION ? fromWire(value, SUMMARY_VERSION) : null;
  if (data === null) {
    ctx.addIssue({ code: 'custom', message: "not this version's compact index" });
    return z.NEVER;
  }
  return data;
});
const readSpec: EnvelopeSpec<IndexData> = { ...indexSpec, schema: z.union([ownShard, indexSchema]) };
const writeSpec: EnvelopeSpec<WireIndex> = { ...indexSpec, schema: z.custom<WireIndex>() };
/** Read apart (decodeEnvelopeApart), then read back by its form (fromWire) or, failing that, whole by readSpec. */
const apartSpec: EnvelopeSpec<unknown> = { ...indexSpec, schema: z.unknown() };

/** A shard read back: its summaries, and the checksum its head records (a key for what it held). */
interface ShardRead {
  data: IndexData;
  key: string | null;
}

/** One shard file of the cache: summaries in memory, the compact form on disk. */
class Shard {
  constructor(
    private readonly files: FileStore,
    readonly path: string,
  ) {}

  async read(): Promise<ShardRead | null> {
    const bytes = await this.files.read(this.path);
    if (bytes === null) return null;
    try {
      // This version's own form, with its commitments resolved left for later (index-wire.ts's LATER);
      // anything else is read whole, and validated in full.
      const { data, apart } = decodeEnvelopeApart(apartSpec, bytes, LATER);
      const own = apart !== null && isRecord(data) && data['summaryVersion'] === SUMMARY_VERSION ? fromWire(data, SUMMARY_VERSION, apart) : null;
      return { data: own ?? decodeEnvelope(readSpec, bytes), key: envelopeChecksum(bytes) };
    } catch (e) {
      throw damagedFileError(this.path, e);
    }
  }

  /** Writes the shard durably; resolves with its checksum. */
  async write(data: IndexData): Promise<string | null> {
    const bytes = encodeEnvelope(writeSpec, toWire(data));
    await this.files.write(this.path, bytes);
    return envelopeChecksum(bytes);
  }
}

/** A shard's path in an index folder: `index/00.json` in the shared (Mend 1) folder, the same names per device. */
const shardPathIn = (dir: string, shard: number): string => indexShardPath(shard).replace(`${INDEX_DIR}/`, `${dir}/`);

/**
 * Opens the sharded index, healing it first: a shard that cannot be read is set aside in damaged/
 * (never overwritten) and its summaries rebuilt from the journals; summaries written by another
 * version of summarize() are rebuilt; journals missing from every shard (a crash between a new
 * journal's write and its shard's) are added.
 */
export async function openIndex(files: FileStore, now: () => Date, read?: ReadJournal, dir = INDEX_DIR): Promise<IndexDb> {
  // `dir` is this computer's own index folder (devices/<id>/index): a cache no other computer writes.
  const shards = Array.from({ length: INDEX_SHARDS }, (_, i) => new Shard(files, shardPathIn(dir, i)));
  // The folders are listed while the shards are read and parsed, not after: at L that wait was about a
  // tenth of opening to Home. (Handled at once, so a failed listing is not an unhandled rejection while
  // the shards are still being read; it is thrown below, where it was before.)
  const listed = journalIdsOnDisk(files);
  listed.catch(() => undefined);
  const shardsRead = await Promise.all(shards.map((shard) => readShard(files, shard, now)));
  const loaded = shardsRead.map((shard) => shard && shard.data);
  let summaries = loaded.flatMap((shard) => shard?.relationships ?? []);
  const fresh = loaded.every((shard) => shard === null || shard?.summaryVersion === SUMMARY_VERSION);
  const onDisk = await listed;
  const known = new Set(summaries.map((s) => s.id));
  const dirty = new Set<number>();
  // A summary whose journal file has gone stays listed: opening it says the file is missing, and
  // exports name it, rather than the person silently disappearing from Home.
  if (!fresh) {
    summaries = await rebuildSummaries(files, now, read);
    summaries.forEach((s) => dirty.add(shardOf(s.id)));
  } else {
    for (const id of onDisk.filter((i) => !known.has(i))) {
      const found = await summaryFromDisk(files, id, now, read);
      if (!found) continue;
      summaries.push(found.summary);
      dirty.add(shardOf(id));
    }
  }
  const db = shardedIndex(shards, summaries, fresh ? shardsRead : []);
  await db.writeShards([...dirty]);
  return db;
}

/** A shard's data; null when it does not exist yet; undefined when it was unreadable (now set aside). */
async function readShard(files: FileStore, shard: Shard, now: () => Date): Promise<ShardRead | null | undefined> {
  try {
    return await shard.read();
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'damaged') throw e;
    // Named index-NN-… in damaged/ whichever computer's index it was: one folder of set-aside files.
    const name = shard.path.replace(/^devices\/[^/]+\//, '').replace(/[/\\]/g, '-').replace(/\.json$/, '');
    await files.move(shard.path, `damaged/${name}-${now().toISOString().replace(/[:.]/g, '-')}.json`);
    return undefined;
  }
}

/** `read`: the shards as read, whose summaries (kept as they are) are keyed by what was read. */
function shardedIndex(shards: Shard[], initial: RelationshipSummary[], read: readonly (ShardRead | null | undefined)[]) {
  let all = initial;
  const mutex = new KeyedMutex();
  const keys = new WeakMap<RelationshipSummary, string>();
  for (const shard of read) if (shard?.key) for (const s of shard.data.relationships) keys.set(s, shard.key);
  // Each summary the shard holds now is keyed by what was written; one whose write failed keeps no key.
  const write = async (i: number) => {
    const data = shardData(i);
    const key = await shards[i]!.write(data);
    if (key) for (const s of data.relationships) keys.set(s, key);
  };
  const shardData = (i: number): IndexData => ({
    summaryVersion: SUMMARY_VERSION,
    relationships: all.filter((r) => shardOf(r.id) === i),
  });
  // Each shard is written under its own lock, from memory as it is when the write starts.
  const change = (id: string, next: (list: RelationshipSummary[]) => RelationshipSummary[]) =>
    mutex.run(String(shardOf(id)), async () => {
      const before = all.find((r) => r.id === id);
      all = next(all);
      try {
        await write(shardOf(id));
      } catch (e) {
        // Undo only this relationship's change: other shards may have changed meanwhile.
        all = [...all.filter((r) => r.id !== id), ...(before ? [before] : [])];
        throw e;
      }
    });
  return {
    get relationships() {
      return all;
    },
    put: (summary: RelationshipSummary) => change(summary.id, (list) => [...list.filter((r) => r.id !== summary.id), summary]),
    remove: (id: string) => change(id, (list) => list.filter((r) => r.id !== id)),
    writeShards: async (which: number[]) => {
      for (const i of which) await write(i);
    },
    keyOf: (summary: RelationshipSummary) => keys.get(summary) ?? null,
  };
}
