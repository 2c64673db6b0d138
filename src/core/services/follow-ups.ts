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

/**
 * A finished conversation's date corrected (the debrief reopened): its follow-ups count from the
 * conversation, so each one still planned on the day it was given moves with it, to the same number of
 * weeks after the new day; one moved by hand, done or set aside stays as it is. A week it never got
 * (its day had passed when the debrief was finished) and whose day is ahead now is added, as finishing
 * would have.
 */
export function followUpsMovedWith(stamp: Stamp, list: readonly FollowUp[], before: Debrief, after: Debrief): FollowUp[] {
  const given = new Map(followUpDays(before.heldAt).map((f) => [f.week, f.dueAt]));
  const now = followUpDays(after.heldAt);
  const dueFor = new Map(now.map((f) => [f.week, f.dueAt]));
  const moved = list.map((f) => {
    const to = dueFor.get(f.week);
    if (f.debriefId !== after.id || f.status !== 'planned' || f.dueAt !== given.get(f.week) || to === undefined || to === f.dueAt) return f;
    return { ...f, dueAt: to, updatedAt: nowIso(stamp) };
  });
  const has = new Set(list.filter((f) => f.debriefId === after.id).map((f) => f.week));
  const today = localDay(stamp.now());
  const added = now.filter((f) => !has.has(f.week) && f.dueAt >= today).map(({ week, dueAt }) => ({
    ...newRecordBase(stamp),
    debriefId: after.id,
    week,
    dueAt,
    status: 'planned' as const,
    resolvedAt: null,
  }));
  return [...moved, ...added];
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
