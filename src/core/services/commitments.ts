import { DomainError } from '../errors';
import { newRecordBase, nowIso } from '../model/common';
import type { Commitment, CommitmentFields, CommitmentOutcome } from '../model/commitment';
import type { CommitmentListItem } from '../model/commitment-summary';
import { allCommitmentsOf } from '../model/index-file';
import type { ServiceContext } from './context';
import { findRecord, refuseFuture, refuseMistypedChange } from './records';
import { localIso } from '../logic/calendar';
import { COMMITMENT_STATUS_LABELS } from '../model/follow-up-labels';

export interface Resolution {
  status: CommitmentOutcome;
  note: string;
  /** When it was resolved; null means now. May be backdated. */
  resolvedAt: string | null;
  /** The status the screen showed ('open'); another one now means it changed meanwhile, and nothing is written. */
  from?: 'open' | undefined;
}

export interface CommitmentLists {
  /** Sorted by due date, so overdue ones come first and ones with no date come last. */
  open: CommitmentListItem[];
  /** Resolved in the last 30 days, newest first, so an outcome can be checked or corrected. */
  resolved: CommitmentListItem[];
}

const RECENT_MS = 30 * 24 * 60 * 60 * 1000;

/** The commitments of every active relationship, read from the index only (no journal is opened). */
export function listCommitments(ctx: ServiceContext): CommitmentLists {
  const rows: CommitmentListItem[] = [];
  for (const r of ctx.store.summaries()) {
    if (!r.archived) for (const c of allCommitmentsOf(r) ?? []) rows.push({ ...c, relationshipName: r.name });
  }
  const since = ctx.now().getTime() - RECENT_MS;
  const open = rows
    .filter((c) => c.status === 'open')
    .sort(
      (a, b) =>
        Number(a.dueAt === null) - Number(b.dueAt === null) ||
        (a.dueAt ?? '').localeCompare(b.dueAt ?? '') ||
        a.relationshipName.localeCompare(b.relationshipName) ||
        a.owner.localeCompare(b.owner),
    );
  const resolved = rows
    .filter((c) => c.status !== 'open' && c.resolvedAt !== null && Date.parse(c.resolvedAt) >= since)
    .sort((a, b) => b.resolvedAt!.localeCompare(a.resolvedAt!));
  return { open, resolved };
}

/** A new open commitment, on its own or attached to a finished debrief. */
export function newCommitment(ctx: ServiceContext, fields: CommitmentFields, debriefId: string | null): Commitment {
  return { ...newRecordBase(ctx), ...fields, status: 'open', note: '', resolvedAt: null, debriefId };
}

export async function createCommitment(
  ctx: ServiceContext,
  relationshipId: string,
  fields: CommitmentFields,
  debriefId: string | null,
): Promise<Commitment> {
  return ctx.store.update(relationshipId, (journal) => {
    if (debriefId !== null) findRecord(journal.debriefs, debriefId, 'debrief', 'debriefId');
    const commitment = newCommitment(ctx, fields, debriefId);
    journal.commitments.push(commitment);
    return commitment;
  });
}

/** Edits the promise itself (who, what, by when); its status is left as it is. */
export async function updateCommitment(
  ctx: ServiceContext,
  relationshipId: string,
  id: string,
  fields: CommitmentFields,
): Promise<Commitment> {
  return change(ctx, relationshipId, id, (c) => {
    refuseMistypedChange(c, fields);
    return { ...c, ...fields };
  });
}

/**
 * Records how a commitment turned out. Allowed from open, and from any outcome as a correction
 * (the note and date are replaced). The date may be backdated but not in the future.
 */
export async function resolveCommitment(
  ctx: ServiceContext,
  relationshipId: string,
  id: string,
  resolution: Resolution,
): Promise<Commitment> {
  const now = ctx.now();
  const resolvedAt = resolution.resolvedAt ?? localIso(now);
  refuseFuture(now, resolvedAt, 'resolvedAt', 'That date is still to come. Pick today or an earlier day.');
  return change(ctx, relationshipId, id, (c) => {
    if (resolution.from !== undefined && c.status !== resolution.from) {
      // A dialog opened on an open promise, marked on another computer since: its outcome and note are
      // not replaced unseen (found by a helper). The screen keeps what was typed.
      throw new DomainError('conflict', `It was marked ${COMMITMENT_STATUS_LABELS[c.status].toLowerCase()} on another computer just now, so nothing was changed here. Look at it again before you change it.`);
    }
    return { ...c, status: resolution.status, note: resolution.note, resolvedAt };
  });
}

/** Puts a resolved commitment back to open. The outcome note is kept, in case it is resolved again. */
export async function reopenCommitment(ctx: ServiceContext, relationshipId: string, id: string): Promise<Commitment> {
  return change(ctx, relationshipId, id, (c) => {
    if (c.status === 'open') throw new DomainError('conflict', 'This commitment is already open.', { alreadyOpen: true });
    return { ...c, status: 'open', resolvedAt: null };
  });
}

/** Removes a commitment made by mistake (the wrong person, said twice); returns it whole so Undo can put it back. */
export async function deleteCommitment(ctx: ServiceContext, relationshipId: string, id: string): Promise<Commitment> {
  return ctx.store.update(relationshipId, (journal) => {
    const found = findRecord(journal.commitments, id, 'commitment', 'id');
    journal.commitments = journal.commitments.filter((c) => c !== found);
    return found;
  });
}

/**
 * Undo of a removal: the same commitment, outcome and note included, back in the journal. A removal is
 * final in the change logs, so it is written again under a new id; its creation time is kept, which is
 * (with its words and outcome) how a second Undo is recognised (`conflict`). A debrief removed meanwhile is no longer linked.
 */
export async function restoreCommitment(ctx: ServiceContext, relationshipId: string, commitment: Commitment): Promise<Commitment> {
  return ctx.store.update(relationshipId, (journal) => {
    if (journal.commitments.some((c) => c.id === commitment.id || sameCommitment(c, commitment))) {
      throw new DomainError('conflict', 'That commitment is already back.');
    }
    const debriefId = commitment.debriefId !== null && journal.debriefs.some((d) => d.id === commitment.debriefId) ? commitment.debriefId : null;
    const back: Commitment = { ...commitment, id: ctx.newId(), debriefId };
    journal.commitments.push(back);
    return back;
  });
}

/**
 * The same commitment written again (a second Undo): made at the same moment, with the same words,
 * owner, date and outcome. The moment alone is not enough: a debrief makes both its commitments in one
 * millisecond, and Undo of one was refused as "already back" (its sibling), and the commitment was lost.
 */
const sameCommitment = (a: Commitment, b: Commitment): boolean =>
  a.createdAt === b.createdAt && a.owner === b.owner && a.text === b.text && a.dueAt === b.dueAt &&
  a.status === b.status && a.note === b.note && a.resolvedAt === b.resolvedAt;

async function change(
  ctx: ServiceContext,
  relationshipId: string,
  id: string,
  edit: (c: Commitment) => Commitment,
): Promise<Commitment> {
  return ctx.store.update(relationshipId, (journal) => {
    const index = journal.commitments.indexOf(findRecord(journal.commitments, id, 'commitment', 'id'));
    const next = { ...edit(journal.commitments[index]!), updatedAt: nowIso(ctx) };
    journal.commitments[index] = next;
    return next;
  });
}
