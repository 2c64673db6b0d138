/** Where the debrief links to the preparation it came from (the preparation screen owns this route). */
export const preparationHref = (relationshipId: string, preparationId: string): string =>
  `#/r/${relationshipId}/prepare/${preparationId}`;

export const debriefHref = (relationshipId: string, debriefId: string): string => `#/r/${relationshipId}/debrief/${debriefId}`;
