import type { RelationshipSummary } from '../model/index-file';
import { addDays, daysBetween, localDay } from './calendar';

/** A follow-up as Home lists it: due within this many days, or waiting since its day. */
export const FOLLOW_UP_SOON_DAYS = 7;

export interface HomeFollowUp {
  id: string;
  relationshipId: string;
  relationshipName: string;
  week: number;
  dueAt: string;
  /** Days until due: 0 today, negative when its day has passed. */
  inDays: number;
}

/** Open follow-ups of active people, due within a week or already waiting, soonest first. */
export function homeFollowUps(summaries: readonly RelationshipSummary[], now: Date): HomeFollowUp[] {
  const today = localDay(now);
  const horizon = addDays(today, FOLLOW_UP_SOON_DAYS);
  const rows: HomeFollowUp[] = [];
  for (const r of summaries) {
    if (r.archived) continue;
    for (const f of r.followUps?.open ?? []) {
      if (f.dueAt > horizon) continue;
      rows.push({ id: f.id, relationshipId: r.id, relationshipName: r.name, week: f.week, dueAt: f.dueAt, inDays: daysBetween(today, f.dueAt) });
    }
  }
  return rows.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.relationshipName.localeCompare(b.relationshipName));
}
