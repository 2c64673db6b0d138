import { newRecordBase, nowIso } from '../model/common';
import { refuseMistypedChange } from './records';
import { journalPath, journalSchema } from '../model/journal';
import { withIntent } from './intents';
import { heldCopies } from './held-copies';
import { journalFromSummary } from './recovery';
import type { Relationship, RelationshipFields } from '../model/relationship';
import type { RelationshipSummary } from '../model/index-file';
import type { ServiceContext } from './context';
import { confirmations, confirmOrStop } from './confirm';
import { DomainError } from '../errors';
import { localDay } from '../logic/calendar';

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

/**
 * Mend is for someone you already work with, and the page reads "Working together since …": the day
 * you started is today or earlier (on this computer's calendar).
 */
function refuseFutureStart(ctx: ServiceContext, started: string | null): void {
  if (started !== null && started > localDay(ctx.now())) {
    throw new DomainError('invalid-input', 'Pick the day you started working together: today or an earlier day.', { field: 'started' });
  }
}

export async function createRelationship(ctx: ServiceContext, fields: RelationshipFields): Promise<Relationship> {
  refuseFutureStart(ctx, fields.started);
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
    // A start saved before this rule (or on a computer whose calendar ran ahead) is kept when left as it is.
    if (fields.started !== journal.relationship.started) refuseFutureStart(ctx, fields.started);
    refuseMistypedChange(journal.relationship, fields);
    journal.relationship = { ...journal.relationship, ...fields, updatedAt: nowIso(ctx) };
    return journal.relationship;
  });
}

export async function setArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<Relationship> {
  return ctx.store.update(id, (journal) => {
    journal.relationship = { ...journal.relationship, archived, updatedAt: nowIso(ctx) };
    return journal.relationship;
  });
}

/**
 * Moves the journal to trash/ inside the data folder; it is never erased. The UI confirms first. The
 * intent is recorded first, so a kill between the move and the index update is finished at the next
 * start; and a person whose journal file is gone can still be removed.
 */
export async function deleteRelationship(ctx: ServiceContext, id: string): Promise<{ trashedTo: string }> {
  const { name } = ctx.store.summary(id);
  await confirmOrStop(ctx.platform, confirmations.deletePerson(name));
  return { trashedTo: await withIntent(ctx.store, { op: 'delete', relationshipId: id }, () => trashEvenIfMissing(ctx, id)) };
}

/** store.trash needs the file in place: a missing one is first put back from trash, or rebuilt from the index. */
export async function trashEvenIfMissing(ctx: ServiceContext, id: string): Promise<string> {
  const { files } = ctx.store;
  if ((await files.read(journalPath(id)).catch(() => 'unreadable')) === null) {
    // A delete killed after its move left the journal in trash/: move that copy back, then finish.
    const deleted = (await heldCopies(files, id)).filter((h) => h.source === 'trash' && isPlainTrash(h.id, id)).sort((a, b) => (a.at < b.at ? 1 : -1))[0];
    if (deleted) await files.move(deleted.id, journalPath(id));
    else await files.write(journalPath(id), journalFromSummary(ctx, id));
  }
  return ctx.store.trash(id);
}

/** trash/<id>-<stamp>.json: what a delete leaves (imports add -replaced-, -from-backup-, -unlisted-). */
const isPlainTrash = (heldId: string, id: string) => /^trash\/[^/]+-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/.test(heldId) && heldId.slice(`trash/${id}-`.length).match(/^\d{4}-/) !== null;
