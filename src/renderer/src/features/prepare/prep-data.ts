import { ApiError, call } from '../../lib/api';
import type { Journal } from '../../../../core/model/journal';
import type { Preparation } from '../../../../core/model/preparation';
import { href } from '../../lib/router';

export interface PrepData {
  journal: Journal;
  prep: Preparation;
}

/** One preparation with its journal (for the person's name and the incident), or a clear not-found. */
export async function loadPreparation(relationshipId: string, prepId: string): Promise<PrepData> {
  const journal = await call('journals:get', { relationshipId });
  const prep = journal.preparations.find((p) => p.id === prepId);
  if (!prep) throw new ApiError('not-found', 'This preparation is not in the journal any more.');
  return { journal, prep };
}

export const prepHref = (relationshipId: string, prepId: string): string => href('/r/:id/prepare/:prepId', { id: relationshipId, prepId });
export const cueCardHref = (relationshipId: string, prepId: string): string => `${prepHref(relationshipId, prepId)}/cue-card`;
