import { z } from 'zod';
import { relationshipSchema } from './relationship';
import { commitmentSummarySchema, type CommitmentSummary } from './commitment-summary';
import { trustInputsSchema } from './trust-inputs';
import { followUpStateSchema } from './leader-side';
import type { EnvelopeSpec } from '../store/envelope';

/**
 * The index: one small file Home reads at start-up instead of parsing every journal.
 * Each relationship keeps a summary here, refreshed on every save of its journal.
 */
export const INDEX_VERSION = 1;

export const relationshipSummarySchema = z.strictObject({
  ...relationshipSchema.pick({
    id: true,
    name: true,
    role: true,
    kind: true,
    started: true,
    archived: true,
    createdAt: true,
    updatedAt: true,
  }).shape,
  /** Number of entries in the journal, for lists and backups. */
  entries: z.number().int().min(0),
  /**
   * Open and recently resolved commitments, text shortened: the Commitments screen reads only these.
   * Read from the index, the resolved ones come when asked for: read them with allCommitmentsOf.
   */
  commitments: z.array(commitmentSummarySchema).optional(),
  /** Compact, text-free inputs for verdicts, sparklines and reminders on Home (model/trust-inputs.ts). */
  trust: trustInputsSchema.optional(),
  /** Open follow-ups and the latest conversation, for Home and reminders (logic/follow-up-schedule.ts). */
  followUps: followUpStateSchema.optional(),
});

export type RelationshipSummary = z.infer<typeof relationshipSummarySchema>;

/**
 * A summary read back from this computer's index holds in `commitments`, at first, only those up to its
 * last open one: Home and the reminders read no others. The rest (commitments resolved, for the
 * Commitments screen) wait here, and allCommitmentsOf adds them to that same list the first time it is
 * asked for them (store/index-wire.ts). A getter on the summary would do the same unseen, but it made
 * every summary a slow dictionary-mode object: opening to Home took longer than reading them all.
 */
const laterParts = new WeakMap<RelationshipSummary, () => CommitmentSummary[]>();
export const holdLaterPart = (summary: RelationshipSummary, later: () => CommitmentSummary[]): void => void laterParts.set(summary, later);

/** Every commitment a summary lists (open and resolved lately); any reader of more than the open ones asks here. */
export function allCommitmentsOf(summary: RelationshipSummary): CommitmentSummary[] | undefined {
  const later = laterParts.get(summary);
  if (later) {
    laterParts.delete(summary);
    summary.commitments?.push(...later());
  }
  return summary.commitments;
}

export const indexSchema = z.strictObject({
  /** Which summarize() wrote these summaries; another value means they are rebuilt from the journals. */
  summaryVersion: z.number().int().optional(),
  relationships: z.array(relationshipSummarySchema),
});

export type IndexData = z.infer<typeof indexSchema>;

export const indexSpec: EnvelopeSpec<IndexData> = {
  kind: 'index',
  version: INDEX_VERSION,
  schema: indexSchema,
  migrations: {},
  indent: 0,
  ascii: true,
};

/**
 * The index is split into shards by relationship id, so a save rewrites one small shard (its
 * relationship's) instead of every summary, while start-up still reads only a handful of files.
 */
export const INDEX_SHARDS = 16;
export const INDEX_DIR = 'index';
export const indexShardPath = (shard: number): string => `${INDEX_DIR}/${shard.toString(16).padStart(2, '0')}.json`;

/** Which shard a relationship's summary lives in: FNV-1a of its id. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % INDEX_SHARDS;
}
