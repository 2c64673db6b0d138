import { DomainError } from '../errors';
import { newRecordBase, type Stamp, nowIso } from '../model/common';
import type { Debrief } from '../model/debrief';
import type { Journal } from '../model/journal';
import type { FollowUp, FollowUpStatus } from '../model/leader-side';
import { followUpDateProblem, followUpDays } from '../logic/follow-up-schedule';
import { localDay } from '../logic/calendar';
import type { ServiceContext } from './context';
import { findRecord } from './records';

/**
 * The check-ins a finished conversation earns, unless it already has them (finishing is idempotent).
 * A debrief written long after the talk gets only the follow-ups whose day is still ahead: a check-in
 * that can no longer happen on time would only nag.
 */
export function scheduleFollowUps(stamp: Stamp, journal: Journal, debrief: Debrief): FollowUp[] {
  if (journal.followUps.some((f) => f.debriefId === debrief.id)) return [];
  const today = localDay(stamp.now());
  return followUpDays(debrief.heldAt).filter((f) => f.dueAt >= today).map(({ week, dueAt }) => ({
    ...newRecordBase(stamp),
    debriefId: debrief.id,
    week,
    dueAt,
    status: 'planned' as const,
    resolvedAt: null,
  }));
}

function change(ctx: ServiceContext, relationshipId: string, id: string, edit: (f: FollowUp, j: Journal) => FollowUp): Promise<FollowUp> {
  return ctx.store.update(relationshipId, (journal) => {
    const current = findRecord(journal.followUps, id, 'follow-up', 'id');
    const next = { ...edit(current, journal), updatedAt: nowIso(ctx) };
    journal.followUps = journal.followUps.map((f) => (f === current ? next : f));
    return next;
  });
}

/** Moves a follow-up to another day, never before the conversation it follows. */
export function moveFollowUp(ctx: ServiceContext, relationshipId: string, id: string, dueAt: string): Promise<FollowUp> {
  return change(ctx, relationshipId, id, (current, journal) => {
    const debrief = journal.debriefs.find((d) => d.id === current.debriefId);
    const problem = debrief ? followUpDateProblem(dueAt, debrief.heldAt) : null;
    if (problem) throw new DomainError('invalid-input', problem.message, { field: problem.field });
    return { ...current, dueAt };
  });
}

/** Marks a follow-up done or sets it aside; `planned` brings it back. */
export function resolveFollowUp(ctx: ServiceContext, relationshipId: string, id: string, status: FollowUpStatus): Promise<FollowUp> {
  return change(ctx, relationshipId, id, (current) => ({
    ...current,
    status,
    resolvedAt: status === 'planned' ? null : nowIso(ctx),
  }));
}
