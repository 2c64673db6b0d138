import type { Channel, Input, Output } from './contract';
import type { ServiceContext } from '../services/context';
import { relationshipsHandlers } from './slices/relationships';
import { appHandlers } from './slices/app';
import { incidentsHandlers } from './slices/incidents';
import { preparationsHandlers } from './slices/preparations';
import { debriefsHandlers } from './slices/debriefs';
import { commitmentsHandlers } from './slices/commitments';
import { trustChecksHandlers } from './slices/trust-checks';
import { monitoringNotesHandlers } from './slices/monitoring-notes';
import { homeHandlers } from './slices/home';
import { insightsHandlers } from './slices/insights';
import { securityHandlers } from './slices/security';
import { transferHandlers } from './slices/transfer';
import { backupSettingsHandlers } from './slices/backup-settings';
import { draftsHandlers } from './slices/drafts';
import { heldDraftsHandlers } from './slices/held-drafts';
import { trashHandlers } from './slices/trash';
import { alternativesHandlers } from './slices/alternatives';
import { searchHandlers } from './slices/search';
import { quickCaptureHandlers } from './slices/quick-capture';
import { leaderSideHandlers } from './slices/leader-side';
import { entriesHandlers } from './slices/entries';
import { spellingHandlers } from './slices/spelling';
import { externalCopiesHandlers } from './slices/external-copies';
import { progressHandlers } from './slices/progress';
import { devicesHandlers } from './slices/devices';

export type Handlers = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...relationshipsHandlers(ctx),
    ...appHandlers(ctx),
    ...incidentsHandlers(ctx),
    ...preparationsHandlers(ctx),
    ...debriefsHandlers(ctx),
    ...commitmentsHandlers(ctx),
    ...trustChecksHandlers(ctx),
    ...monitoringNotesHandlers(ctx),
    ...homeHandlers(ctx),
    ...insightsHandlers(ctx),
    ...securityHandlers(ctx),
    ...transferHandlers(ctx),
    ...backupSettingsHandlers(ctx),
    ...draftsHandlers(ctx),
    ...heldDraftsHandlers(ctx),
    ...trashHandlers(ctx),
    ...alternativesHandlers(ctx),
    ...searchHandlers(ctx),
    ...quickCaptureHandlers(ctx),
    ...leaderSideHandlers(ctx),
    ...entriesHandlers(ctx),
    ...spellingHandlers(ctx),
    ...externalCopiesHandlers(ctx),
    ...progressHandlers(ctx),
    ...devicesHandlers(ctx),
  } satisfies Handlers;
}
