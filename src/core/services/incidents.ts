import { newRecordBase, nowIso } from '../model/common';
import { refuseMistypedChange } from './records';
import type { Incident, IncidentFields } from '../model/incident';
import type { Journal } from '../model/journal';
import { DomainError } from '../errors';
import type { ServiceContext } from './context';

/** A few minutes of grace, so a clock that differs slightly from the form's never refuses "just now". */
const FUTURE_GRACE_MS = 5 * 60_000;

/** An incident is a moment that already happened; backdating is fine, the future is not. */
function checkNotFuture(ctx: ServiceContext, occurredAt: string): void {
  if (Date.parse(occurredAt) > ctx.now().getTime() + FUTURE_GRACE_MS) {
    throw new DomainError('invalid-input', 'When it happened cannot be in the future.', { field: 'occurredAt' });
  }
}

const missingIncident = (): DomainError => new DomainError('not-found', 'That incident is not in this journal any more.', { field: 'incidentId' });

export function findIncident(journal: Journal, id: string): Incident {
  const found = journal.incidents.find((i) => i.id === id);
  if (!found) throw missingIncident();
  return found;
}

/** Logs a moment when trust broke. The relationship must still exist (not-found otherwise). */
export async function createIncident(ctx: ServiceContext, relationshipId: string, fields: IncidentFields): Promise<Incident> {
  checkNotFuture(ctx, fields.occurredAt);
  return ctx.store.update(relationshipId, (journal) => {
    const incident: Incident = { ...newRecordBase(ctx), ...fields };
    journal.incidents.push(incident);
    return incident;
  });
}

/** Edits every field of an incident; its id and creation time stay. */
export async function updateIncident(
  ctx: ServiceContext,
  relationshipId: string,
  id: string,
  fields: IncidentFields,
): Promise<Incident> {
  checkNotFuture(ctx, fields.occurredAt);
  return ctx.store.replaceRecord(relationshipId, 'incidents', id, (current): Incident => {
    refuseMistypedChange(current, fields);
    return { ...current, ...fields, updatedAt: nowIso(ctx) };
  }, missingIncident);
}

/**
 * Removes an incident logged by mistake (or on the wrong person). Plans and conversations that were
 * about it stay as they were and read as about "a conversation"; Undo (entries:restore) brings the
 * incident back and points them at it again.
 */
export async function deleteIncident(ctx: ServiceContext, relationshipId: string, id: string): Promise<{ deleted: true }> {
  return ctx.store.update(relationshipId, (journal) => {
    const incident = findIncident(journal, id);
    journal.incidents = journal.incidents.filter((i) => i !== incident);
    return { deleted: true as const };
  });
}
