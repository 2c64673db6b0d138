import type { ProgressRegistry } from './progress';
import type { JournalStore } from '../store/journal-store';
import type { Stamp } from '../model/common';
import type { Platform } from './platform';
import type { SecuritySession } from './security';
import type { HeldDrafts } from './held-drafts';
import type { CopiesLedger } from './external-copies';
import type { SearchEngineHost } from './search-engine';
import type { ReadProblems } from './read-problems';

/** Everything a service needs, passed explicitly so tests can build one from parts. */
export interface ServiceContext extends Stamp {
  store: JournalStore;
  platform: Platform;
  /** Long work in progress, for the window to poll (openCore wires it in). */
  progress?: ProgressRegistry;
  /** Encryption and the lock (openCore wires it in; tests that build a context may leave it out). */
  security?: SecuritySession;
  /** Unsaved text held in memory across a lock (openCore wires it in). */
  held?: HeldDrafts;
  /** Copies written outside the data folder, remembered on this computer (main wires it in). */
  copies?: CopiesLedger;
  /** Where the search index lives (main: a worker thread); unset, core's own engine in this thread. */
  searchEngines?: SearchEngineHost;
  /** What the store could not read and left out, for Settings (openCore wires it in). */
  readProblems?: ReadProblems;
}
