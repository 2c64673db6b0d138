import { newRecordBase } from '../model/common';
import { journalSchema } from '../model/journal';
import type { Relationship, RelationshipFields } from '../model/relationship';
import type { RelationshipSummary } from '../model/index-file';
import type { ServiceContext } from './context';
import { confirmations, confirmOrStop } from './confirm';

/** Active first, then by name; archived ones only when asked for. */
export function listRelationships(ctx: ServiceContext, includeArchived: boolean): RelationshipListItem[] {
  return ctx.store
    .summaries()
    .filter((r) => includeArchived || !r.archived)
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name))
    .map(listItem);
}

/** Who someone is, without the trust inputs and commitments Home and Commitments read elsewhere. */
export type RelationshipListItem = Omit<RelationshipSummary, 'trust' | 'commitments'>;

const listItem = ({ trust: _trust, commitments: _commitments, ...item }: RelationshipSummary): RelationshipListItem => item;

export async function createRelationship(ctx: ServiceContext, fields: RelationshipFields): Promise<Relationship> {
  const relationship: Relationship = { ...newRecordBase(ctx), ...fields, archived: false };
  // Parsing fills every collection's default, so a new journal has the full current shape.
  const journal = journalSchema.parse({ relationship });
  await ctx.store.create(journal);
  return relationship;
}

export async function updateRelationship(
  ctx: ServiceContext,
  id: string,
  fields: RelationshipFields,
): Promise<Relationship> {
  return ctx.store.update(id, (journal) => {
    journal.relationship = { ...journal.relationship, ...fields, updatedAt: ctx.now().toISOString() };
    return journal.relationship;
  });
}

export async function setArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<Relationship> {
  return ctx.store.update(id, (journal) => {
    journal.relationship = { ...journal.relationship, archived, updatedAt: ctx.now().toISOString() };
    return journal.relationship;
  });
}

/** Moves the journal to trash/ inside the data folder; it is never erased. The UI confirms first. */
export async function deleteRelationship(ctx: ServiceContext, id: string): Promise<{ trashedTo: string }> {
  const name = listRelationships(ctx, true).find((r) => r.id === id)?.name ?? '';
  await confirmOrStop(ctx.platform, confirmations.deletePerson(name));
  return { trashedTo: await ctx.store.trash(id) };
}
