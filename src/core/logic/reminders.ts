/**
 * What is due: commitments that fall due today or are past their date, and trust checks that are due
 * on a relationship under repair. Computed from the index summaries only, so the main process can poll
 * it cheaply and Home can show the same items.
 *
 * Reminder titles and bodies never carry journal text: only the person's name and numbers.
 */
import type { RelationshipSummary } from '../model/index-file';
import type { TrustInputs } from '../model/trust-inputs';
import { EMPTY_TRUST_INPUTS } from '../model/trust-inputs';
import type { CommitmentOwner } from '../model/trust-items';
import { addDays, daysBetween, daysSince, localDay } from './calendar';
import { dueFollowUps, followUpsGovern, followUpTitle } from './follow-up-schedule';

export const REMINDER_RULES = {
  /** With an open incident, a check is due after this many days without one… */
  checkDueDays: 7,
  /** …and this many days without one earns a stronger nudge on Home. */
  checkOverdueDays: 21,
  /** Commitments due within this many days are listed on Home as "due soon". */
  dueSoonDays: 7,
} as const;

/** Whether a check is due on a relationship: only while an incident is not closed. */
export interface CheckStatus {
  openIncident: boolean;
  /** Days since the last check (or since the incident, when that is more recent); null without one. */
  days: number | null;
  level: 'none' | 'due' | 'overdue';
}

export function checkStatus(trust: TrustInputs, now: Date, followUpsRule = false): CheckStatus {
  const open = trust.incidents.filter((i) => i.status !== 'closed');
  if (open.length === 0) return { openIncident: false, days: null, level: 'none' };
  // After a recent conversation its follow-ups say when to check in: one rule, not two.
  if (followUpsRule) return { openIncident: true, days: daysSince(trust.lastCheckAt, now), level: 'none' };
  const oldest = open.map((i) => daysSince(i.occurredAt, now)).filter((d): d is number => d !== null);
  const sinceIncident = oldest.length > 0 ? Math.max(...oldest) : null;
  const sinceCheck = daysSince(trust.lastCheckAt, now);
  // A check taken before the incident says nothing about the repair, so count from the later of the two.
  const days = sinceCheck === null ? sinceIncident : sinceIncident === null ? sinceCheck : Math.min(sinceCheck, sinceIncident);
  if (days === null) return { openIncident: true, days: null, level: 'none' };
  const level = days >= REMINDER_RULES.checkOverdueDays ? 'overdue' : days >= REMINDER_RULES.checkDueDays ? 'due' : 'none';
  return { openIncident: true, days, level };
}

/** An open commitment with a date, as Home lists it. */
export interface DueCommitment {
  id: string;
  relationshipId: string;
  relationshipName: string;
  owner: CommitmentOwner;
  text: string;
  dueAt: string;
  /** Days until due: 0 today, negative when past its date. */
  inDays: number;
}

/** Open commitments of active relationships due within the next week or already past their date. */
export function dueCommitments(summaries: readonly RelationshipSummary[], now: Date): DueCommitment[] {
  const today = localDay(now);
  const horizon = addDays(today, REMINDER_RULES.dueSoonDays);
  const rows: DueCommitment[] = [];
  for (const r of summaries) {
    if (r.archived) continue;
    for (const c of r.commitments ?? []) {
      if (c.status !== 'open' || c.dueAt === null || c.dueAt > horizon) continue;
      rows.push({ id: c.id, relationshipId: r.id, relationshipName: r.name, owner: c.owner, text: c.text, dueAt: c.dueAt, inDays: daysBetween(today, c.dueAt) });
    }
  }
  return rows.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.relationshipName.localeCompare(b.relationshipName));
}

export interface Reminder {
  /** Stable per item, so the main process can notify once per item per day. */
  key: string;
  kind: 'commitment' | 'check' | 'follow-up';
  relationshipId: string;
  relationshipName: string;
  title: string;
  body: string;
}

/** What Home has already worked out from the same summaries at the same moment: not worked out twice. */
export interface KnownAtThisMoment {
  commitments?: DueCommitment[];
  /** Each relationship's check status, by id. */
  checks?: ReadonlyMap<string, CheckStatus>;
}

/** Commitments due today or past their date, and checks that are due, for active relationships. */
export function dueReminders(summaries: readonly RelationshipSummary[], now: Date, known: KnownAtThisMoment = {}): Reminder[] {
  const reminders: Reminder[] = (known.commitments ?? dueCommitments(summaries, now))
    .filter((c) => c.inDays <= 0)
    .map((c) => ({
      key: `commitment:${c.relationshipId}:${c.id}`,
      kind: 'commitment',
      relationshipId: c.relationshipId,
      relationshipName: c.relationshipName,
      title: commitmentTitle(c.owner, c.inDays),
      body: `With ${c.relationshipName}`,
    }));
  for (const r of summaries) {
    if (r.archived) continue;
    reminders.push(...followUpReminders(r, now));
    const status = known.checks?.get(r.id) ?? checkStatus(r.trust ?? EMPTY_TRUST_INPUTS, now, followUpsGovern(r.followUps, now));
    if (status.level === 'none') continue;
    reminders.push({
      key: `check:${r.id}`,
      kind: 'check',
      relationshipId: r.id,
      relationshipName: r.name,
      title: status.level === 'overdue' ? 'A trust check is overdue' : 'Time for a trust check',
      body: `With ${r.name}: no check for ${status.days} days`,
    });
  }
  return reminders;
}

/** Follow-ups due today or earlier: named by the weeks since the conversation, never by its text. */
function followUpReminders(r: RelationshipSummary, now: Date): Reminder[] {
  return dueFollowUps(r.followUps, now).map((f) => ({
    key: `follow-up:${r.id}:${f.id}`,
    kind: 'follow-up' as const,
    relationshipId: r.id,
    relationshipName: r.name,
    title: f.lateDays === 0 ? 'A follow-up check-in is due today' : 'A follow-up check-in is waiting',
    body: `With ${r.name}: ${followUpTitle(f.week)}`,
  }));
}

function commitmentTitle(owner: CommitmentOwner, inDays: number): string {
  const whose = owner === 'me' ? 'Your commitment' : 'Their commitment';
  return inDays === 0 ? `${whose} is due today` : `${whose} is past its date`;
}
