import { newRecordBase, nowIso } from '../model/common';
import { EMPTY_COOL_DOWN, EMPTY_FACTS, EMPTY_PLAN } from '../model/preparation-labels';
import type { DraftPatch, Preparation } from '../model/preparation';
import { emptyApology, emptyExpectation } from '../model/leader-side-labels';
import type { Journal } from '../model/journal';
import { DomainError } from '../errors';
import type { ServiceContext } from './context';
import { findIncident } from './incidents';
import { checkOwnPlan } from './leader-side-rules';

const missingPreparation = (): DomainError => new DomainError('not-found', 'That preparation is not in this journal any more.');

/** Applies `change` to one preparation (given the journal, to read), stamping updatedAt. */
function changePreparation(
  ctx: ServiceContext,
  relationshipId: string,
  id: string,
  change: (current: Preparation, journal: Journal) => Preparation,
): Promise<Preparation> {
  return ctx.store.replaceRecord(relationshipId, 'preparations', id, (current, journal) => ({ ...change(current, journal), updatedAt: nowIso(ctx) }), missingPreparation);
}

function refuseDiscarded(p: Preparation): void {
  if (p.status === 'discarded') {
    throw new DomainError('conflict', 'This preparation was discarded. Bring it back from the Discarded list to edit it.');
  }
}

/**
 * Starts a draft at the first screen. When it is about an incident, the causes the leader suspected
 * there become its first hypotheses, so nothing is typed twice.
 */
export async function startPreparation(
  ctx: ServiceContext,
  relationshipId: string,
  input: { incidentId: string | null; plannedAt: string | null },
): Promise<Preparation> {
  return ctx.store.update(relationshipId, (journal) => {
    const incident = input.incidentId === null ? null : findIncident(journal, input.incidentId);
    const prep: Preparation = {
      ...newRecordBase(ctx),
      incidentId: incident?.id ?? null,
      plannedAt: input.plannedAt,
      status: 'draft',
      step: 0,
      coolDown: { ...EMPTY_COOL_DOWN, fears: [] },
      facts: { ...EMPTY_FACTS },
      hypotheses: (incident?.causes ?? []).map((c) => ({ ...c, note: '' })),
      plan: { ...EMPTY_PLAN, apology: emptyApology(), expect: emptyExpectation() },
      myCommitment: '',
      finishedAt: null,
      discardedAt: null,
    };
    journal.preparations.push(prep);
    return prep;
  });
}

/** Saves part of a draft (or of a finished plan being edited). Nested groups merge field by field. */
export async function saveDraft(ctx: ServiceContext, relationshipId: string, id: string, patch: DraftPatch): Promise<Preparation> {
  return changePreparation(ctx, relationshipId, id, (current, journal) => {
    refuseDiscarded(current);
    if (patch.incidentId) findIncident(journal, patch.incidentId);
    return {
      ...current,
      ...(patch.incidentId !== undefined ? { incidentId: patch.incidentId } : {}),
      ...(patch.plannedAt !== undefined ? { plannedAt: patch.plannedAt } : {}),
      ...(patch.step !== undefined ? { step: patch.step } : {}),
      ...(patch.hypotheses !== undefined ? { hypotheses: patch.hypotheses } : {}),
      ...(patch.myCommitment !== undefined ? { myCommitment: patch.myCommitment } : {}),
      coolDown: { ...current.coolDown, ...patch.coolDown },
      facts: { ...current.facts, ...patch.facts },
      plan: { ...current.plan, ...patch.plan },
    };
  });
}

/** Marks the plan ready for the conversation. It stays editable. */
export async function finishPreparation(ctx: ServiceContext, relationshipId: string, id: string): Promise<Preparation> {
  return changePreparation(ctx, relationshipId, id, (current) => {
    refuseDiscarded(current);
    checkOwnPlan(current);
    return { ...current, status: 'ready', finishedAt: nowIso(ctx) };
  });
}

/** Sets a preparation aside: it stays in the journal, hidden from normal lists, and can come back. */
export async function discardPreparation(ctx: ServiceContext, relationshipId: string, id: string): Promise<Preparation> {
  return changePreparation(ctx, relationshipId, id, (current) => {
    refuseDiscarded(current);
    return { ...current, status: 'discarded', discardedAt: nowIso(ctx) };
  });
}

/** Brings a discarded preparation back as it was: ready if it had been finished, else a draft. */
export async function restorePreparation(ctx: ServiceContext, relationshipId: string, id: string): Promise<Preparation> {
  return changePreparation(ctx, relationshipId, id, (current) => {
    if (current.status !== 'discarded') throw new DomainError('conflict', 'This preparation is not in the Discarded list.');
    return { ...current, status: current.finishedAt ? 'ready' : 'draft', discardedAt: null };
  });
}
