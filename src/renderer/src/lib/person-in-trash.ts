import { ApiError, call } from './api';

/**
 * Why a save found no journal, when the person was moved to the Trash (here, or on the other computer
 * while the form was open): said plainly, with what happens to the words, instead of the store's bare
 * "That relationship no longer exists". Null when that is not why.
 */
export async function inTrashMessage(err: unknown, relationshipId: string | undefined): Promise<string | null> {
  if (!relationshipId || !(err instanceof ApiError) || err.code !== 'not-found') return null;
  const item = await call('trash:list', {}).then((list) => list.find((t) => t.id === relationshipId && !t.lateWords), () => undefined);
  if (!item) return null;
  return `${item.name} was moved to the Trash, here or on your other computer, so this can’t be saved now. What you wrote is kept: bring them back from the Trash and it will be waiting here.`;
}
