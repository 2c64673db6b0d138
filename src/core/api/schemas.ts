import type { ZodType } from 'zod';
import type { Channel, Input } from './contract';
import { relationshipsSchemas } from './slices/relationships';
import { appSchemas } from './slices/app';
import { incidentsSchemas } from './slices/incidents';
import { preparationsSchemas } from './slices/preparations';
import { debriefsSchemas } from './slices/debriefs';
import { commitmentsSchemas } from './slices/commitments';
import { trustChecksSchemas } from './slices/trust-checks';
import { monitoringNotesSchemas } from './slices/monitoring-notes';
import { homeSchemas } from './slices/home';
import { insightsSchemas } from './slices/insights';
import { securitySchemas } from './slices/security';
import { transferSchemas } from './slices/transfer';
import { backupSettingsSchemas } from './slices/backup-settings';
import { draftsSchemas } from './slices/drafts';
import { heldDraftsSchemas } from './slices/held-drafts';
import { trashSchemas } from './slices/trash';
import { alternativesSchemas } from './slices/alternatives';
import { searchSchemas } from './slices/search';
import { quickCaptureSchemas } from './slices/quick-capture';
import { leaderSideSchemas } from './slices/leader-side';
import { entriesSchemas } from './slices/entries';
import { spellingSchemas } from './slices/spelling';
import { externalCopiesSchemas } from './slices/external-copies';
import { progressSchemas } from './slices/progress';
import { devicesSchemas } from './slices/devices';

/** One zod schema per channel; everything that crosses the boundary is checked here first. */
export const inputSchemas = {
  ...relationshipsSchemas,
  ...appSchemas,
  ...incidentsSchemas,
  ...preparationsSchemas,
  ...debriefsSchemas,
  ...commitmentsSchemas,
  ...trustChecksSchemas,
  ...monitoringNotesSchemas,
  ...homeSchemas,
  ...insightsSchemas,
  ...securitySchemas,
  ...transferSchemas,
  ...backupSettingsSchemas,
  ...draftsSchemas,
  ...heldDraftsSchemas,
  ...trashSchemas,
  ...alternativesSchemas,
  ...searchSchemas,
  ...quickCaptureSchemas,
  ...leaderSideSchemas,
  ...entriesSchemas,
  ...spellingSchemas,
  ...externalCopiesSchemas,
  ...progressSchemas,
  ...devicesSchemas,
} satisfies { [C in Channel]: ZodType<Input<C>> };
