/** Relationship kinds and their labels; zod-free so the renderer can import it cheaply. */
export const RELATIONSHIP_KINDS = ['direct-report', 'peer', 'manager', 'client', 'other'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const KIND_LABELS: Record<RelationshipKind, string> = {
  'direct-report': 'Direct report',
  peer: 'Peer',
  manager: 'Manager',
  client: 'Client',
  other: 'Other',
};
