import type { FileStore } from './store/file-store';
import type { Platform } from './services/platform';
import type { Vault } from './services/vault';
import type { Result } from './api/result';
import { JournalStore, type StoreOptions } from './store/journal-store';
import { createHandlers, type Handlers } from './api/handlers';
import { dispatch } from './api/dispatch';
import { isChannel } from './api/channels';
import { OPEN_WHILE_LOCKED } from './api/slices/security';
import { createSecuritySession } from './services/security';
import { createHeldDrafts } from './services/held-drafts';
import { finishInterrupted } from './services/interrupted';
import { DomainError } from './errors';
import type { HeldDraft } from './model/draft';

export interface CoreDeps {
  files: FileStore;
  platform: Platform;
  newId: () => string;
  now: () => Date;
  /** Encryption at rest (main's node:crypto vault). Without one the folder is always plain. */
  vault?: Vault;
  /** This computer (main passes the identity kept in user-data); its change logs carry this id. */
  device?: StoreOptions['device'];
  /** How often this device folds its change log into a snapshot (see JournalStore). */
  compactEvery?: number;
  /**
   * Look for other computers' new lines every `everyMs` while open; changes then appear through `call`
   * (Home, a journal) without a restart. `later` is the host's timer (core has none of its own). Main
   * passes 1000 ms and setTimeout; unset, other computers' changes are read at open only.
   */
  watch?: { everyMs: number; later: (run: () => void, ms: number) => void };
  /** Where log lines that were skipped (damaged, a clock far ahead) are reported: names and reasons only. */
  reportSync?: StoreOptions['report'];
}

/** The running app, independent of Electron: one `call` that the IPC layer or a test harness forwards to. */
export interface Core {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Before Mend quits: stores text held across a lock as drafts when the journal is open. `labels`
   * names (without journal text) what is still held in memory only and would be lost by quitting.
   */
  keepHeld(): Promise<{ locked: boolean; labels: string[] }>;
}

const LOCKED_MESSAGE = 'Mend is locked. Enter your passphrase to open your journal.';
const LOCKED: Result<never> = { ok: false, code: 'locked', message: LOCKED_MESSAGE };

/**
 * Stands in for the journal while Mend is locked. The gate below already answers `locked` before
 * any handler that could reach it runs; this makes a slip there answer `locked` too, not crash.
 */
function lockedStore(): JournalStore {
  return new Proxy({} as JournalStore, {
    get() {
      throw new DomainError('locked', LOCKED_MESSAGE);
    },
  });
}

/** Polls for other computers' changes while the store is open; a failed look is tried again next time. */
function watch(store: JournalStore, timer: NonNullable<CoreDeps['watch']>, stillOpen: () => boolean): void {
  const tick = (): void => {
    if (!stillOpen()) return;
    void store
      .refresh()
      .catch(() => undefined)
      .then(() => timer.later(tick, timer.everyMs));
  };
  timer.later(tick, timer.everyMs);
}

/**
 * Opens the core. With an encrypted folder it starts locked: only the channels in OPEN_WHILE_LOCKED
 * answer, and the journal store (with every journal it caches) exists only between unlock and lock.
 */
export async function openCore(deps: CoreDeps): Promise<Core> {
  const files = deps.vault ? deps.vault.protect(deps.files) : deps.files;
  // Outlives the journal store, which a lock throws away: it holds what could not be saved at the lock.
  const base = { platform: deps.platform, newId: deps.newId, now: deps.now, held: createHeldDrafts() };
  let open: Handlers | null = null;
  let opened = 0;
  const openStore = async (): Promise<void> => {
    if (open) return;
    const store = await JournalStore.open(files, deps.now, {
      ...(deps.device ? { device: deps.device } : {}),
      ...(deps.compactEvery ? { compactEvery: deps.compactEvery } : {}),
      ...(deps.reportSync ? { report: deps.reportSync } : {}),
    });
    // Deletes and restores a kill interrupted are finished before anything else reads the journal.
    await finishInterrupted({ ...base, store });
    open = createHandlers({ ...base, store, security });
    const generation = ++opened;
    if (deps.watch) watch(store, deps.watch, () => open !== null && generation === opened);
  };
  const security = createSecuritySession(deps.vault ?? null, deps.now, {
    opened: openStore,
    closed: () => {
      open = null;
    },
  });
  const whileLocked = createHandlers({ ...base, store: lockedStore(), security });
  if (!(await security.status()).locked) await openStore();
  return {
    call(channel, input) {
      if (open) return dispatch(open, channel, input);
      if (isChannel(channel) && !OPEN_WHILE_LOCKED.has(channel)) return Promise.resolve(LOCKED);
      return dispatch(whileLocked, channel, input);
    },
    async keepHeld() {
      const handlers = open;
      const save = handlers
        ? async (item: HeldDraft) => {
            const result = await dispatch(handlers, 'drafts:save', { key: item.key, fields: item.fields });
            if (!result.ok) throw new DomainError(result.code, result.message);
          }
        : null;
      return { locked: handlers === null, labels: await base.held.keep(save) };
    },
  };
}
