import type { JournalStore } from '../store/journal-store';
import type { Stamp } from '../model/common';
import type { Platform } from './platform';

/** Everything a service needs, passed explicitly so tests can build one from parts. */
export interface ServiceContext extends Stamp {
  store: JournalStore;
  platform: Platform;
}
