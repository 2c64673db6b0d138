import type { RelationshipsContract } from './slices/relationships';
import type { AppContract } from './slices/app';
import type { IncidentsContract } from './slices/incidents';
import type { PreparationsContract } from './slices/preparations';
import type { DebriefsContract } from './slices/debriefs';
import type { CommitmentsContract } from './slices/commitments';
import type { TrustChecksContract } from './slices/trust-checks';
import type { MonitoringNotesContract } from './slices/monitoring-notes';
import type { HomeContract } from './slices/home';
import type { InsightsContract } from './slices/insights';
import type { SecurityContract } from './slices/security';
import type { TransferContract } from './slices/transfer';
import type { BackupSettingsContract } from './slices/backup-settings';
import type { DraftsContract } from './slices/drafts';
import type { HeldDraftsContract } from './slices/held-drafts';
import type { TrashContract } from './slices/trash';
import type { SearchContract } from './slices/search';
import type { QuickCaptureContract } from './slices/quick-capture';
import type { LeaderSideContract } from './slices/leader-side';
import type { EntriesContract } from './slices/entries';
import type { SpellingContract } from './slices/spelling';
import type { ExternalCopiesContract } from './slices/external-copies';
import type { AlternativesContract } from './slices/alternatives';
import type { ProgressContract } from './slices/progress';
import type { DevicesContract } from './slices/devices';

/**
 * The whole renderer → main surface: one entry per channel, `noun:verb`, input → output.
 * Adding a feature: a slice file (schemas, contract, handlers), then one line here, in channels.ts,
 * schemas.ts and handlers.ts. The compiler names any that is missing.
 */
export interface Contract extends RelationshipsContract, AppContract, IncidentsContract, PreparationsContract,
    DebriefsContract, CommitmentsContract, TrustChecksContract, MonitoringNotesContract,
    HomeContract, InsightsContract,
    SecurityContract,
    TransferContract,
    BackupSettingsContract,
    DraftsContract,
    HeldDraftsContract,
    TrashContract,
    SearchContract,
    QuickCaptureContract,
    LeaderSideContract,
    EntriesContract,
    SpellingContract,
    ExternalCopiesContract,
    AlternativesContract,
    ProgressContract,
    DevicesContract {}

export type Channel = keyof Contract;
export type Input<C extends Channel> = Parameters<Contract[C]>[0];
export type Output<C extends Channel> = ReturnType<Contract[C]>;
