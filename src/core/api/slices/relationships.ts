import { z } from 'zod';
import { idSchema } from '../../model/common';
import { relationshipFields, type Relationship } from '../../model/relationship';
import type { Journal } from '../../model/journal';
import type { ServiceContext } from '../../services/context';
import * as relationships from '../../services/relationships';
import type { RelationshipListItem } from '../../services/relationships';
import * as recovery from '../../services/recovery';
import type { BackupSummary } from '../../services/recovery';
import { firstScreen, type FirstScreen } from '../../services/first-screen';

/** Relationships and their journals: the people the leader works with. */
export const relationshipsSchemas = {
  'relationships:list': z.strictObject({ includeArchived: z.boolean().optional() }),
  'relationships:create': z.strictObject(relationshipFields),
  'relationships:update': z.strictObject({ id: idSchema, ...relationshipFields }),
  'relationships:archive': z.strictObject({ id: idSchema, archived: z.boolean() }),
  'relationships:delete': z.strictObject({ id: idSchema }),
  'journals:get': z.strictObject({ relationshipId: idSchema }),
  'journals:first-screen': z.strictObject({ relationshipId: idSchema }),
  'journals:backups': z.strictObject({ relationshipId: idSchema }),
  'journals:restore': z.strictObject({ relationshipId: idSchema, backupId: z.string().min(1).max(200) }),
};

type In<C extends keyof typeof relationshipsSchemas> = z.output<(typeof relationshipsSchemas)[C]>;

export interface RelationshipsContract {
  /** Summaries from the index, active first; archived ones when asked. */
  'relationships:list': (input: In<'relationships:list'>) => RelationshipListItem[];
  /** Starts a new journal for a person. */
  'relationships:create': (input: In<'relationships:create'>) => Relationship;
  /** Edits name, role, kind, started and notes. */
  'relationships:update': (input: In<'relationships:update'>) => Relationship;
  /** Archives or brings back a relationship; nothing is removed. */
  'relationships:archive': (input: In<'relationships:archive'>) => Relationship;
  /** Moves the journal to trash/ in the data folder. */
  'relationships:delete': (input: In<'relationships:delete'>) => { trashedTo: string };
  /** The whole journal of one relationship; `damaged` when its file cannot be read or is missing (`detail.missing`). */
  'journals:get': (input: In<'journals:get'>) => Journal;
  /**
   * What a person's page draws first: the journal with each long list cut to its latest entries
   * (`whole: false`; the page then asks `journals:get`), or the whole journal when nothing was cut.
   */
  'journals:first-screen': (input: In<'journals:first-screen'>) => FirstScreen;
  /** Every version Mend holds of a journal (earlier versions, trash, damaged), newest first, with entry counts. */
  'journals:backups': (input: In<'journals:backups'>) => BackupSummary[];
  /** Puts a held version back; a current file that cannot be read is set aside in damaged/, never deleted. */
  'journals:restore': (input: In<'journals:restore'>) => Journal;
}

export const relationshipsHandlers = (ctx: ServiceContext) => ({
  'relationships:list': async (i: In<'relationships:list'>) => relationships.listRelationships(ctx, i.includeArchived ?? false),
  'relationships:create': (i: In<'relationships:create'>) => relationships.createRelationship(ctx, i),
  'relationships:update': ({ id, ...fields }: In<'relationships:update'>) => relationships.updateRelationship(ctx, id, fields),
  'relationships:archive': (i: In<'relationships:archive'>) => relationships.setArchived(ctx, i.id, i.archived),
  'relationships:delete': (i: In<'relationships:delete'>) => relationships.deleteRelationship(ctx, i.id),
  'journals:get': (i: In<'journals:get'>) => recovery.openJournal(ctx, i.relationshipId),
  'journals:first-screen': async (i: In<'journals:first-screen'>) => firstScreen(await recovery.openJournal(ctx, i.relationshipId)),
  'journals:backups': (i: In<'journals:backups'>) => recovery.listBackups(ctx, i.relationshipId),
  'journals:restore': (i: In<'journals:restore'>) => recovery.restoreBackup(ctx, i.relationshipId, i.backupId),
});
