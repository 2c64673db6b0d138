import { z } from 'zod';
import { idSchema } from '../../model/common';
import { incidentFields, type Incident } from '../../model/incident';
import type { ServiceContext } from '../../services/context';
import * as incidents from '../../services/incidents';

/** Incidents: the moments when trust broke, logged on a relationship. */
export const incidentsSchemas = {
  'incidents:create': z.strictObject({ relationshipId: idSchema, ...incidentFields }),
  'incidents:update': z.strictObject({ relationshipId: idSchema, id: idSchema, ...incidentFields }),
  'incidents:delete': z.strictObject({ relationshipId: idSchema, id: idSchema }),
};

type In<C extends keyof typeof incidentsSchemas> = z.output<(typeof incidentsSchemas)[C]>;

export interface IncidentsContract {
  /**
   * Logs a moment when trust broke. `occurredAt` may be in the past, not the future; domains and
   * causes are each listed once; ratings are 1–7 or null. `not-found` when the relationship is gone.
   */
  'incidents:create': (input: In<'incidents:create'>) => Incident;
  /** Rewrites an incident's fields (same rules as create); `not-found` when it or its relationship is gone. */
  'incidents:update': (input: In<'incidents:update'>) => Incident;
  /** Removes an incident; plans about it stay. Undo is `entries:restore` with list `incidents`. `not-found` when it is gone. */
  'incidents:delete': (input: In<'incidents:delete'>) => { deleted: true };
}

export const incidentsHandlers = (ctx: ServiceContext) => ({
  'incidents:create': ({ relationshipId, ...fields }: In<'incidents:create'>) =>
    incidents.createIncident(ctx, relationshipId, fields),
  'incidents:update': ({ relationshipId, id, ...fields }: In<'incidents:update'>) =>
    incidents.updateIncident(ctx, relationshipId, id, fields),
  'incidents:delete': ({ relationshipId, id }: In<'incidents:delete'>) => incidents.deleteIncident(ctx, relationshipId, id),
});
