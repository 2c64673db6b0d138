import type { FileStore } from './store/file-store';
import type { Platform } from './services/platform';
import type { Result } from './api/result';
import { JournalStore } from './store/journal-store';
import { createHandlers } from './api/handlers';
import { dispatch } from './api/dispatch';

export interface CoreDeps {
  files: FileStore;
  platform: Platform;
  newId: () => string;
  now: () => Date;
}

/** The running app, independent of Electron: one `call` that the IPC layer or a test harness forwards to. */
export interface Core {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
}

export async function openCore(deps: CoreDeps): Promise<Core> {
  const store = await JournalStore.open(deps.files, deps.now);
  const handlers = createHandlers({ store, platform: deps.platform, newId: deps.newId, now: deps.now });
  return { call: (channel, input) => dispatch(handlers, channel, input) };
}
