import { href } from '../../lib/router';
/** Where the debrief links to the preparation it came from (the preparation screen owns this route). */
export const preparationHref = (relationshipId: string, preparationId: string): string =>
  href('/r/:id/prepare/:prepId', { id: relationshipId, prepId: preparationId });

export const debriefHref = (relationshipId: string, debriefId: string): string => href('/r/:id/debrief/:debriefId', { id: relationshipId, debriefId });
