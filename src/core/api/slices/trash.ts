import { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import * as trash from '../../services/trash';

/** The Trash: deleted people, brought back whole. */
export const trashSchemas = {
  'trash:list': z.strictObject({}),
  'trash:restore': z.strictObject({ file: z.string().min(1).max(200) }),
  'trash:brought-back': z.strictObject({ id: z.string().min(1).max(200) }),
};

type In<C extends keyof typeof trashSchemas> = z.output<(typeof trashSchemas)[C]>;

export interface TrashContract {
  /** Deleted journals that can be brought back, newest first (name, when, how many entries). */
  'trash:list': (input: In<'trash:list'>) => trash.TrashItem[];
  /** Brings a deleted journal back; refused while a journal with the same id is in Mend. */
  'trash:restore': (input: In<'trash:restore'>) => { id: string; name: string };
  /** Where a person once under `id` is now, when they were brought back from the Trash (a new id); else null. */
  'trash:brought-back': (input: In<'trash:brought-back'>) => { id: string; name: string } | null;
}

export const trashHandlers = (ctx: ServiceContext) => ({
  'trash:list': () => trash.listTrash(ctx),
  'trash:restore': (i: In<'trash:restore'>) => trash.restoreFromTrash(ctx, i.file),
  'trash:brought-back': (i: In<'trash:brought-back'>) => trash.broughtBackWhere(ctx, i.id),
});
