import { z } from 'zod';
import { isoDate, markdown, NAME_MAX, recordBase } from './common';
import { RELATIONSHIP_KINDS } from './relationship-kinds';

export { RELATIONSHIP_KINDS, KIND_LABELS, type RelationshipKind } from './relationship-kinds';

/** The fields a person fills in; shared by create, edit and the stored record. */
export const relationshipFields = {
  name: z
    .string({ message: 'A name is required.' })
    .trim()
    .min(1, 'Give them a name, even just a first name.')
    .max(NAME_MAX, `Keep the name under ${NAME_MAX} characters.`),
  role: z.string().trim().max(NAME_MAX, `Keep the role under ${NAME_MAX} characters.`),
  kind: z.enum(RELATIONSHIP_KINDS, { message: 'Choose direct report, peer, manager, client or other.' }),
  started: isoDate.nullable(),
  notes: markdown,
};

export const relationshipSchema = z.strictObject({
  ...recordBase,
  ...relationshipFields,
  archived: z.boolean(),
});

export type Relationship = z.infer<typeof relationshipSchema>;
export type RelationshipFields = Pick<Relationship, 'name' | 'role' | 'kind' | 'started' | 'notes'>;
