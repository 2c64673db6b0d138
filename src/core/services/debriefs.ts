import { DomainError } from '../errors';
import { newRecordBase, nowIso } from '../model/common';
import type { Commitment } from '../model/commitment';
import type { Debrief, DebriefFields, DebriefPatch } from '../model/debrief';
import type { Journal } from '../model/journal';
import { CONVERSATION_STEPS } from '../model/trust-items';
import { isSameRecord } from './trust-checks';
import type { ServiceContext } from './context';
import { newCommitment } from './commitments';
import { findRecord, missingRecord, refuseFuture, refuseMistypedChange } from './records';
import { checkFinish, normalizeDiagnosis } from './debrief-rules';
import { leadingCause } from './debrief-sources';
import { checkOwnDebrief } from './leader-side-rules';
import { followUpsMovedWith, scheduleFollowUps } from './follow-ups';
import { emptyOwnSide, type OwnSide } from '../model/leader-side';
import { localDay, localIso } from '../logic/calendar';

/**
 * Starts the debrief of one conversation, from its preparation or from scratch (optionally about an
 * incident). A preparation has at most one debrief: asking again returns the one already begun.
 */
export async function startDebrief(
  ctx: ServiceContext,
  relationshipId: string,
  from: { preparationId: string | null; incidentId: string | null },
): Promise<Debrief> {
  return ctx.store.update(relationshipId, (journal) => {
    const prep = from.preparationId === null ? null : findRecord(journal.preparations, from.preparationId, 'preparation', 'preparationId');
    const existing = prep && journal.debriefs.find((d) => d.preparationId === prep.id);
    if (existing) return existing;
    if (!prep && from.incidentId !== null) findRecord(journal.incidents, from.incidentId, 'incident', 'incidentId');
    const incidentId = prep ? prep.incidentId : from.incidentId;
    const debrief: Debrief = {
      ...newRecordBase(ctx),
      preparationId: prep?.id ?? null,
      incidentId,
      status: 'draft',
      heldAt: heldAtFrom(prep?.plannedAt ?? null, ctx.now()),
      steps: Object.fromEntries(CONVERSATION_STEPS.map((s) => [s, { happened: null, notes: '' }])) as Debrief['steps'],
      theirView: '',
      diagnosis: { guessed: leadingCause(journal, prep, incidentId), outcome: null, actual: null },
      surprised: '',
      learned: '',
      differently: '',
      fewerCommitmentsReason: '',
      commitmentDrafts: [
        { key: 'them', owner: 'them', text: prep?.plan.commitment.trim() ?? '', dueAt: null },
        { key: 'me', owner: 'me', text: prep?.myCommitment.trim() ?? '', dueAt: null },
      ],
      ownSide: emptyOwnSide(),
    };
    journal.debriefs.push(debrief);
    return debrief;
  });
}

/** What a save carries; `ownSide` may be left out. */
export type SavedFields = Omit<DebriefFields, 'ownSide'> & { ownSide?: OwnSide | undefined };

/** Autosave: replaces everything the leader types. Works on drafts and on finished debriefs. */
export async function saveDebrief(ctx: ServiceContext, relationshipId: string, id: string, fields: SavedFields): Promise<Debrief> {
  refuseFuture(ctx.now(), fields.heldAt, 'heldAt', 'The conversation has to have happened already. Pick now or an earlier time.');
  return changeDated(ctx, relationshipId, id, (current) => withFields(current, fields));
}

/**
 * The debrief screen's autosave: only the answers changed there, laid over the debrief as stored in the
 * same turn as the save (see debriefPatchSchema), then checked as a whole save is.
 */
export async function patchDebrief(ctx: ServiceContext, relationshipId: string, id: string, patch: DebriefPatch): Promise<Debrief> {
  if (patch.heldAt !== undefined) refuseFuture(ctx.now(), patch.heldAt, 'heldAt', 'The conversation has to have happened already. Pick now or an earlier time.');
  return changeDated(ctx, relationshipId, id, (current) => {
    const fields: SavedFields = {
      heldAt: patch.heldAt ?? current.heldAt,
      steps: laidOver(current.steps, patch.steps),
      theirView: patch.theirView ?? current.theirView,
      diagnosis: { ...current.diagnosis, ...patch.diagnosis },
      surprised: patch.surprised ?? current.surprised,
      learned: patch.learned ?? current.learned,
      differently: patch.differently ?? current.differently,
      fewerCommitmentsReason: patch.fewerCommitmentsReason ?? current.fewerCommitmentsReason,
      commitmentDrafts: patch.commitmentDrafts ?? current.commitmentDrafts,
      ownSide: patch.ownSide ? { ...current.ownSide, ...patch.ownSide, apology: { ...current.ownSide.apology, ...patch.ownSide.apology } } : current.ownSide,
    };
    return withFields(current, fields);
  });
}

/** Each step's answers with the patch's laid over them. */
function laidOver(steps: Debrief['steps'], patch: DebriefPatch['steps']): Debrief['steps'] {
  if (!patch) return steps;
  return Object.fromEntries(CONVERSATION_STEPS.map((s) => [s, { ...steps[s], ...patch[s] }])) as Debrief['steps'];
}

function withFields(current: Debrief, fields: SavedFields): Debrief {
  return {
    ...refusingMistypedChange(current, fields),
    ...fields,
    // A save from a screen that does not show the leader's own side keeps what is stored there.
    ownSide: fields.ownSide ?? current.ownSide,
    diagnosis: normalizeDiagnosis(fields.diagnosis),
    // Drafted commitments become real ones on finishing; after that there is nothing to draft.
    commitmentDrafts: current.status === 'done' ? [] : fields.commitmentDrafts,
  };
}

/**
 * Finishes a debrief: the diagnosis is answered, there is one commitment from each side (or a reason
 * why not), and every drafted commitment becomes an open commitment linked to this debrief.
 * Finishing twice returns the finished debrief unchanged.
 */
export async function finishDebrief(
  ctx: ServiceContext,
  relationshipId: string,
  id: string,
): Promise<{ debrief: Debrief; commitments: Commitment[] }> {
  return ctx.store.update(relationshipId, (journal) => {
    const current = findRecord(journal.debriefs, id, 'debrief', 'id');
    if (current.status === 'done') return { debrief: current, commitments: linkedCommitments(journal, id) };
    const drafts = checkFinish(current);
    checkOwnDebrief(current);
    const created = drafts.map((d) => newCommitment(ctx, { owner: d.owner, text: d.text.trim(), dueAt: d.dueAt }, id));
    journal.commitments.push(...created);
    const done: Debrief = { ...current, status: 'done', commitmentDrafts: [], updatedAt: nowIso(ctx) };
    replace(journal, done);
    journal.followUps.push(...scheduleFollowUps(ctx, journal, done));
    return { debrief: done, commitments: created };
  });
}

/** Throws away a draft that is not wanted. A finished debrief is part of the record and stays. */
export async function discardDebrief(ctx: ServiceContext, relationshipId: string, id: string): Promise<{ discarded: true }> {
  return ctx.store.update(relationshipId, (journal) => {
    const current = findRecord(journal.debriefs, id, 'debrief', 'id');
    if (current.status === 'done') throw new DomainError('conflict', 'A finished debrief stays in the journal. You can still edit it.');
    journal.debriefs = journal.debriefs.filter((d) => d.id !== id);
    return { discarded: true as const };
  });
}

/** Undo of a discard: the same unfinished debrief, same id, back in the journal. */
export async function restoreDebrief(ctx: ServiceContext, relationshipId: string, debrief: Debrief): Promise<Debrief> {
  return ctx.store.update(relationshipId, (journal) => {
    if (journal.debriefs.some((d) => d.id === debrief.id || isSameRecord(d, debrief))) throw new DomainError('conflict', 'That debrief is already back.');
    if (debrief.status === 'done') throw new DomainError('invalid-input', 'Only an unfinished debrief can be brought back this way.');
    // As with a trust check: a removal is final in the change logs, so the debrief comes back as a new record.
    const back = { ...debrief, id: ctx.newId() };
    journal.debriefs.push(back);
    return back;
  });
}

const linkedCommitments = (journal: Journal, id: string): Commitment[] => journal.commitments.filter((c) => c.debriefId === id);

function replace(journal: Journal, next: Debrief): void {
  journal.debriefs = journal.debriefs.map((d) => (d.id === next.id ? next : d));
}

async function change(ctx: ServiceContext, relationshipId: string, id: string, edit: (d: Debrief) => Debrief): Promise<Debrief> {
  return ctx.store.replaceRecord(relationshipId, 'debriefs', id, (current) => ({ ...edit(current), updatedAt: nowIso(ctx) }), () => missingRecord('debrief', 'id'));
}

/** Thrown inside the one-record save, before anything is written, when the save must move follow-ups too. */
const FOLLOW_UPS_MOVE = new Error('the follow-ups move with this save');

/**
 * `change`, but a save that moves a finished conversation to another day moves its follow-ups with it
 * (followUpsMovedWith), in the same write. The quicker one-record path is tried first, as every autosave
 * takes it: its edit sees the stored debrief, and only a finished one moved to another day leaves it
 * (nothing written) for the whole-journal save. No read of the journal before each autosave.
 */
async function changeDated(ctx: ServiceContext, relationshipId: string, id: string, edit: (d: Debrief) => Debrief): Promise<Debrief> {
  const movesFollowUps = (current: Debrief, next: Debrief) => current.status === 'done' && localDay(new Date(current.heldAt)) !== localDay(new Date(next.heldAt));
  try {
    return await change(ctx, relationshipId, id, (current) => {
      const next = edit(current);
      if (movesFollowUps(current, next)) throw FOLLOW_UPS_MOVE;
      return next;
    });
  } catch (e) {
    if (e !== FOLLOW_UPS_MOVE) throw e;
  }
  return ctx.store.update(relationshipId, (journal) => {
    const current = findRecord(journal.debriefs, id, 'debrief', 'id');
    const next = { ...edit(current), updatedAt: nowIso(ctx) };
    replace(journal, next);
    if (current.status === 'done') journal.followUps = followUpsMovedWith(ctx, journal.followUps, current, next);
    return next;
  });
}

/** When the conversation was planned, if that moment has passed; otherwise now. */
function heldAtFrom(plannedAt: string | null, now: Date): string {
  const planned = plannedAt === null ? Number.NaN : Date.parse(plannedAt);
  return Number.isFinite(planned) && planned <= now.getTime() ? localIso(new Date(planned)) : localIso(now);
}

/** `current`, once the save is known not to change a date to a year typed by mistake (typed-dates.ts). */
function refusingMistypedChange(current: Debrief, fields: SavedFields): Debrief {
  refuseMistypedChange(current, fields);
  return current;
}
