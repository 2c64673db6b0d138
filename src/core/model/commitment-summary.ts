import { z } from 'zod';
import { idSchema, isoDate, isoDateTime } from './common';
import { commitmentFields, type Commitment } from './commitment';
import { COMMITMENT_STATUSES } from './trust-items';
import { shorten } from '../logic/shorten';

/** How much of a commitment's text the index keeps: enough to recognise it on the Commitments screen. */
export const COMMITMENT_SUMMARY_TEXT = 140;
/** Resolved commitments kept in the index per relationship, newest first, so recent outcomes can be corrected. */
export const RECENTLY_RESOLVED_KEPT = 5;

/** A commitment as the index keeps it, so the Commitments screen never opens every journal. */
export const commitmentSummarySchema = z.strictObject({
  id: idSchema,
  relationshipId: idSchema,
  owner: commitmentFields.owner,
  text: z.string().max(COMMITMENT_SUMMARY_TEXT + 1),
  dueAt: isoDate.nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  resolvedAt: isoDateTime.nullable(),
  /** The outcome note, shortened like the text; absent from indexes written before it was kept. */
  note: z.string().max(COMMITMENT_SUMMARY_TEXT + 1).default(''),
});

export type CommitmentSummary = z.infer<typeof commitmentSummarySchema>;

/** A row of the Commitments screen: the summary plus the person's name. */
export interface CommitmentListItem extends CommitmentSummary {
  relationshipName: string;
}

/** The index's copy of a journal's commitments: every open one and the few most recently resolved. */
export function summarizeCommitments(relationshipId: string, commitments: readonly Commitment[]): CommitmentSummary[] {
  const open = commitments.filter((c) => c.status === 'open');
  const resolved = commitments
    .filter((c) => c.status !== 'open' && c.resolvedAt !== null)
    .sort((a, b) => b.resolvedAt!.localeCompare(a.resolvedAt!))
    .slice(0, RECENTLY_RESOLVED_KEPT);
  return [...open, ...resolved].map((c) => ({
    id: c.id,
    relationshipId,
    owner: c.owner,
    text: shorten(c.text, COMMITMENT_SUMMARY_TEXT),
    dueAt: c.dueAt,
    status: c.status,
    resolvedAt: c.resolvedAt,
    note: shorten(c.note, COMMITMENT_SUMMARY_TEXT),
  }));
}
