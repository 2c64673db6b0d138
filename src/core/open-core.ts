import type { FileStore } from './store/file-store';
import type { Platform } from './services/platform';
import type { Vault } from './services/vault';
import type { Result } from './api/result';
import { JournalStore, type StoreOptions } from './store/journal-store';
import { ProgressRegistry } from './services/progress';
import { createHandlers, type Handlers } from './api/handlers';
import { ReadProblems } from './services/read-problems';
import { dispatch } from './api/dispatch';
import { isChannel } from './api/channels';
import { OPEN_WHILE_LOCKED } from './api/slices/security';
import { createSecuritySession, type SecuritySession } from './services/security';
import { createHeldDrafts } from './services/held-drafts';
import { finishInterrupted } from './services/interrupted';
import { draftsFollowBroughtBack } from './services/trash';
import { DomainError } from './errors';
import type { CopiesLedger } from './services/external-copies';
import type { MendEventKind, MendEvents } from './api/bridge';
import type { HeldDraft } from './model/draft';
import type { SecurityStatus } from './model/security';
import type { SearchEngineHost } from './services/search-engine';

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
  /** News for the page (main forwards it to the window): e.g. another computer changed a journal. */
  onEvent?: <K extends MendEventKind>(kind: K, payload: MendEvents[K]) => void;
  /** Where log lines that were skipped (damaged, a clock far ahead) are reported: names and reasons only. */
  reportSync?: StoreOptions['report'];
  /** Where exports are remembered as unencrypted copies (main: a file in user-data). */
  copies?: CopiesLedger;
  /** Where the search index lives (main: a worker thread); unset, core indexes in its own thread. */
  searchEngines?: SearchEngineHost;
}

/** The running app, independent of Electron: one `call` that the IPC layer or a test harness forwards to. */
export interface Core {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Resolves once what saves left to follow them (index summaries) is written: await before letting go of the folder. */
  settled?(): Promise<void>;
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
function watch(
  store: JournalStore,
  timer: NonNullable<CoreDeps['watch']>,
  stillOpen: () => boolean,
  onEvent: CoreDeps['onEvent'],
  /** After other computers' changes were merged: this computer's own follow-up (drafts follow a person brought back). */
  arrived: () => Promise<void>,
): void {
  let first = true;
  const tick = (): void => {
    if (!stillOpen()) return;
    void store
      .refresh()
      .then(async (changed) => {
        // The first look also covers what was merged at open, while this computer was away.
        if (changed.length > 0 || first) await arrived().catch(() => undefined);
        first = false;
        for (const relationshipId of changed) onEvent?.('journal-changed', { relationshipId });
      })
      .catch(() => undefined)
      .then(() => timer.later(tick, timer.everyMs));
  };
  timer.later(tick, timer.everyMs);
}

/**
 * Looks at the folder's keyring at the watch's pace, locked or not: another computer may turn encryption
 * on or off, or change the passphrase (see SecuritySession.checkKeyring); the page is told to look again.
 * So it is when the count of words still sealed with the old passphrase changes (such words can arrive
 * from another computer at any time): the page then offers, or stops offering, to bring them back.
 */
function watchKeyring(
  security: SecuritySession,
  timer: NonNullable<CoreDeps['watch']>,
  onEvent: CoreDeps['onEvent'],
  atOpen: Pick<SecurityStatus, 'sealedLeftovers' | 'sealedLeftoversMark'>,
  openedElsewhere: () => Promise<void>,
  /** How many times this computer opened such words itself (each read every journal afresh). */
  openedHere: () => number,
): void {
  let leftovers = atOpen.sealedLeftovers ?? 0;
  let mark = atOpen.sealedLeftoversMark ?? '';
  let seenHere = openedHere();
  const tick = (): void => {
    void security
      .checkKeyring()
      .then(async (change) => {
        if (change) onEvent?.('security-changed', { change });
        // The status answers from memory: the vault looked through the folder once, at open or after a change.
        const status = await security.status();
        const now = status.sealedLeftovers ?? 0;
        const nowMark = status.sealedLeftoversMark ?? '';
        if ((now !== leftovers || nowMark !== mark) && !change) onEvent?.('security-changed', { change: 'sealed-leftovers' });
        // Fewer waiting because this computer opened them (and read every journal since) is not news from
        // elsewhere: reading them all again would only repeat it. Its opening opens every file the old
        // passphrase can, so nothing another computer opened meanwhile is left unread either.
        const here = openedHere() !== seenHere;
        seenHere = openedHere();
        const fewer = now < leftovers;
        leftovers = now;
        mark = nowMark;
        if (fewer && !change && !here) await openedElsewhere();
      })
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
  // Long work in progress, for the window to poll; outlives a lock like `base`.
  const progress = new ProgressRegistry();
  const files = deps.vault ? deps.vault.protect(deps.files) : deps.files;
  // Outlives the journal store, which a lock throws away: it holds what could not be saved at the lock.
  // What the store could not read and left out: listed in Settings, the page told of each new one.
  const readProblems = new ReadProblems();
  const report: NonNullable<CoreDeps['reportSync']> = (problem) => {
    deps.reportSync?.(problem);
    if (readProblems.add(problem, deps.now())) deps.onEvent?.('read-problem', { leftOut: problem.notice === 'left-out' });
  };
  const base = { platform: deps.platform, newId: deps.newId, now: deps.now, held: createHeldDrafts(), readProblems, ...(deps.copies ? { copies: deps.copies } : {}), ...(deps.searchEngines ? { searchEngines: deps.searchEngines } : {}) };
  let open: Handlers | null = null;
  let opened = 0;
  let lastStore: JournalStore | null = null;
  /** Set while the journal is closed only to be opened again at once: calls wait for it. */
  let reopening: Promise<void> | null = null;
  /** How many times the old passphrase's words were opened here (watchKeyring: not news from elsewhere). */
  let openedHere = 0;
  const openStore = async (): Promise<void> => {
    if (open) return;
    const store = await JournalStore.open(files, deps.now, {
      ...(deps.device ? { device: deps.device } : {}),
      ...(deps.compactEvery ? { compactEvery: deps.compactEvery } : {}),
      report,
    });
    // Deletes and restores a kill interrupted are finished before anything else reads the journal.
    await finishInterrupted({ ...base, store });
    lastStore = store;
    open = createHandlers({ ...base, store, security, progress });
    const generation = ++opened;
    // Drafts kept here for a person another computer brought back from the Trash follow them, at the
    // watch's first look (the drafts file is not on the way to Home) and whenever changes arrive.
    const follow = () => draftsFollowBroughtBack({ ...base, store });
    if (deps.watch) watch(store, deps.watch, () => open !== null && generation === opened, deps.onEvent, follow);
    // Other computers name this one in "also written on …" from the record the store's upkeep writes at open.
  };
  const closeStore = async (): Promise<void> => {
    open = null;
    // The search index goes with the store: its build stops reading through the store being closed.
    progress.cancel('search-index');
    deps.searchEngines?.closeAll();
    // Index writes follow a save's acknowledgement; they need the key, so they finish before the lock.
    await lastStore?.flushed().catch(() => undefined);
  };
  /** `own`: the old passphrase's words opened here (SecuritySession's unlock); counted once it succeeded. */
  const reopenAround = async <T>(task: () => Promise<T>, own: boolean): Promise<T> => {
    let done = (): void => undefined;
    reopening = new Promise<void>((resolve) => (done = resolve));
    try {
      await closeStore();
      const result = await task();
      if (own) openedHere++;
      return result;
    } finally {
      // A journal that cannot be opened now answers as it would at start; the waiting calls then see it.
      await openStore().catch(() => undefined);
      reopening = null;
      done();
    }
  };
  const reopenedAround = <T>(task: () => Promise<T>): Promise<T> => reopenAround(task, true);
  const security = createSecuritySession(deps.vault ?? null, deps.now, { opened: openStore, closed: closeStore, reopenedAround, progress });
  /**
   * Words sealed with the old passphrase were opened on another computer (it rewrote them plain): the
   * journals are read afresh, and every screen showing one is told, so the words show here too.
   */
  const readAfresh = async (): Promise<void> => {
    if (!open) return;
    await reopenAround(async () => undefined, false);
    for (const { id } of lastStore?.summaries() ?? []) deps.onEvent?.('journal-changed', { relationshipId: id });
  };
  const whileLocked = createHandlers({ ...base, store: lockedStore(), security, progress });
  const atOpen = await security.status();
  if (!atOpen.locked) await openStore();
  if (deps.watch) watchKeyring(security, deps.watch, deps.onEvent, atOpen, readAfresh, () => openedHere);
  return {
    async call(channel, input) {
      // Calls that answer while locked (status, progress, holding a draft) answer during a reopen too;
      // the others wait for the journal (the old passphrase's files may take a while to open).
      if (!open && reopening && !(isChannel(channel) && OPEN_WHILE_LOCKED.has(channel))) await reopening;
      if (open) return dispatch(open, channel, input);
      if (isChannel(channel) && !OPEN_WHILE_LOCKED.has(channel)) return Promise.resolve(LOCKED);
      return dispatch(whileLocked, channel, input);
    },
    settled: async () => lastStore?.flushed(),
    async keepHeld() {
      const handlers = open;
      const save = handlers
        ? async (item: HeldDraft) => {
            const result = await dispatch(handlers, 'drafts:save', { key: item.key, fields: item.fields, ...(item.opened ? { opened: item.opened } : {}) });
            if (!result.ok) throw new DomainError(result.code, result.message);
          }
        : null;
      return { locked: handlers === null, labels: await base.held.keep(save) };
    },
  };
}
