import { z } from 'zod';
import { relationshipSchema } from './relationship';
import { commitmentSummarySchema } from './commitment-summary';
import { trustInputsSchema } from './trust-inputs';
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
  /** Open and recently resolved commitments, text shortened: the Commitments screen reads only these. */
  commitments: z.array(commitmentSummarySchema).optional(),
  /** Compact, text-free inputs for verdicts, sparklines and reminders on Home (model/trust-inputs.ts). */
  trust: trustInputsSchema.optional(),
});

export type RelationshipSummary = z.infer<typeof relationshipSummarySchema>;

export const indexSchema = z.strictObject({
  relationships: z.array(relationshipSummarySchema),
});

export type IndexData = z.infer<typeof indexSchema>;

export const indexSpec: EnvelopeSpec<IndexData> = {
  kind: 'index',
  version: INDEX_VERSION,
  schema: indexSchema,
  migrations: {},
};

export const INDEX_PATH = 'index.json';
