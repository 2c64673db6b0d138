import { DomainError } from '../errors';
import { IDLE_MINUTES_DEFAULT, type LockedElsewhere, type SecurityStatus } from '../model/security';
import { clampThrottle, NO_THROTTLE, secondsUntil, unlockDelayMs, type UnlockThrottle } from '../logic/unlock-delay';
import type { KeyringChange, Vault } from './vault';
import { reportSteps, type ProgressRegistry } from './progress';

/** The journal opens on unlock and is dropped on lock; openCore supplies both. */
export interface SecurityHooks {
  /** Opens the journal store if it is not open yet (idempotent). */
  opened(): Promise<void>;
  /** The journals are about to go: waits for what a save left to write (the index) while the key is here. */
  closed(): void | Promise<void>;
  /**
   * Closes the journal, runs `task`, and opens it again whatever came of it. The window's calls meanwhile
   * wait for the journal rather than being told Mend locked (it has not: only the journal is read afresh).
   */
  reopenedAround<T>(task: () => Promise<T>): Promise<T>;
  /** Where sealing and opening every file report how far they are (openCore passes the app's). */
  progress?: ProgressRegistry;
}

/** What the security channels do. One operation at a time: an enable never interleaves with a disable. */
export interface SecuritySession {
  status(): Promise<SecurityStatus>;
  unlock(secret: string): Promise<SecurityStatus>;
  lock(): Promise<SecurityStatus>;
  /** Step one of turning encryption on: a recovery key to show; nothing is written. */
  draftRecoveryKey(): Promise<{ recoveryKey: string }>;
  /** Step two: seals, with the key drafted (and shown) in step one handed back as confirmation. */
  enable(passphrase: string, recoveryKey: string): Promise<{ recoveryKey: string; status: SecurityStatus }>;
  disable(secret: string, setAside?: boolean): Promise<SecurityStatus>;
  changePassphrase(current: string, next: string): Promise<SecurityStatus>;
  setIdleMinutes(minutes: number): Promise<SecurityStatus>;
  /**
   * Looks at the folder's keyring again (another computer may have changed it). Encryption turned on or
   * a new passphrase there: locks here at once, so nothing more is written plain or under an old key.
   * Turned off there: the journal stays (or becomes) open, without a passphrase. Returns what changed.
   */
  checkKeyring(): Promise<KeyringChange | null>;
}

/** The reason a vault gives when a passphrase or recovery key does not fit. */
export const WRONG_SECRET = 'wrong-secret';

/**
 * The reason a vault gives when it refused to write the keyring because another computer changed it
 * since this one last read it (nothing was written): the session adopts the newer keyring at once.
 */
export const KEYRING_MOVED = 'keyring-changed-elsewhere';

const NOT_SHOWN = 'Mend has not shown you this recovery key. Start again from Turn on encryption, so you see the key before anything is encrypted.';

const FINISHING = 'Finishing what was started last time';

const UNAVAILABLE = 'This copy of Mend cannot encrypt its data folder.';

export function createSecuritySession(vault: Vault | null, now: () => Date, hooks: SecurityHooks): SecuritySession {
  /** Read from the vault on first use, so a restart keeps the wait; saved after every change. */
  let throttle: UnlockThrottle | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /** The recovery key shown by the last draft; encryption turns on only with this one. Memory only. */
  let drafted: string | null = null;
  /** Why Mend locked by itself, for the lock screen; cleared by the next unlock. */
  let lockedBecause: LockedElsewhere | null = null;

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const need = (): Vault => {
    if (!vault) throw new DomainError('invalid-input', UNAVAILABLE);
    return vault;
  };

  async function currentThrottle(): Promise<UnlockThrottle> {
    throttle ??= clampThrottle((await vault?.loadThrottle?.()) ?? NO_THROTTLE, now().getTime());
    return throttle;
  }

  async function setThrottle(next: UnlockThrottle): Promise<void> {
    throttle = next;
    await vault?.saveThrottle?.(next);
  }

  async function status(): Promise<SecurityStatus> {
    const retryAfterSeconds = secondsUntil((await currentThrottle()).notBefore, now().getTime());
    if (!vault) return { available: false, encrypted: false, locked: false, idleMinutes: IDLE_MINUTES_DEFAULT, retryAfterSeconds };
    const state = await vault.state();
    return { available: true, ...state, retryAfterSeconds, ...(state.locked && lockedBecause ? { lockedBecause } : {}) };
  }

  async function checkKeyring(): Promise<KeyringChange | null> {
    const change = (await vault?.refresh?.()) ?? null;
    if (change === 'turned-on' || change === 'new-passphrase' || change === 'new-key') {
      lockedBecause = change === 'turned-on' ? 'encrypted-elsewhere' : 'passphrase-changed-elsewhere';
      await hooks.closed();
      vault?.lock();
    }
    // Nothing left to unlock: a computer locked when encryption went off elsewhere opens without asking.
    if (change === 'turned-off') await hooks.opened();
    return change;
  }

  /** Runs a step that may write the keyring; refused as written elsewhere meanwhile, the newer keyring is adopted first. */
  async function adopting<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (e) {
      if (e instanceof DomainError && e.detail?.reason === KEYRING_MOVED) await checkKeyring().catch(() => null);
      throw e;
    }
  }

  /**
   * Runs a step that checks a passphrase. Too soon after repeated failures it is refused without
   * trying; a wrong secret counts a failure and says how long to wait. Nothing is written either way.
   */
  async function checked<T>(field: string, step: () => Promise<T>): Promise<T> {
    const { failures, notBefore } = await currentThrottle();
    const wait = secondsUntil(notBefore, now().getTime());
    if (wait > 0) {
      throw new DomainError('invalid-input', `Too many tries. Wait ${wait} second${wait === 1 ? '' : 's'}, then try again.`, {
        field,
        retryAfterSeconds: wait,
      });
    }
    try {
      const result = await step();
      if (failures > 0) await setThrottle(NO_THROTTLE);
      return result;
    } catch (e) {
      if (!(e instanceof DomainError) || e.detail?.reason !== WRONG_SECRET) throw e;
      const next = { failures: failures + 1, notBefore: now().getTime() + unlockDelayMs(failures + 1) };
      await setThrottle(next);
      const retryAfterSeconds = secondsUntil(next.notBefore, now().getTime());
      throw new DomainError(e.code, e.message, { ...e.detail, field, retryAfterSeconds });
    }
  }

  return {
    status: () => serial(status),
    unlock: (secret) =>
      serial(async () => {
        const v = need();
        // The passphrase asked for is the folder's current one, even if another computer just changed it.
        await checkKeyring();
        const state = await v.state();
        if (state.encrypted && state.locked) await adopting(() => checked('passphrase', () => reportSteps(hooks.progress, 'finish-encryption', FINISHING, (step) => v.unlock(secret, step))));
        else if (!state.encrypted) {
          // Lines sealed before encryption went off elsewhere may be left; the vault opens them with the
          // old passphrase. The journal is closed meanwhile so it reads them again once they are plain.
          await hooks.reopenedAround(() => checked('passphrase', () => reportSteps(hooks.progress, 'decrypt', 'Unlocking your words', (step) => v.unlock(secret, step))));
        }
        try {
          await hooks.opened();
        } catch (e) {
          // A journal that cannot be opened must not leave the key in memory with nothing to show for it.
          v.lock();
          throw e;
        }
        lockedBecause = null;
        return status();
      }),
    lock: () =>
      serial(async () => {
        const v = need();
        if (!(await v.state()).encrypted) {
          throw new DomainError('invalid-input', 'Set a passphrase in Settings first; without one there is nothing to lock.');
        }
        await hooks.closed();
        v.lock();
        lockedBecause = null;
        return status();
      }),
    checkKeyring: () => serial(checkKeyring),
    draftRecoveryKey: () =>
      serial(async () => {
        const v = need();
        if ((await v.state()).encrypted) throw new DomainError('conflict', 'Encryption is already on for this data folder.');
        drafted = v.draftRecoveryKey();
        return { recoveryKey: drafted };
      }),
    enable: (passphrase, recoveryKey) =>
      serial(async () => {
        const v = need();
        if ((await v.state()).encrypted) throw new DomainError('conflict', 'Encryption is already on for this data folder.');
        if (drafted === null || recoveryKey !== drafted) throw new DomainError('conflict', NOT_SHOWN);
        const key = drafted;
        await adopting(() => reportSteps(hooks.progress, 'encrypt', 'Encrypting your journal', (step) => v.enable(passphrase, key, step)));
        drafted = null;
        return { recoveryKey, status: await status() };
      }),
    disable: (secret, setAside = false) =>
      serial(async () => {
        const v = need();
        if (!(await v.state()).encrypted) throw new DomainError('conflict', 'Encryption is already off for this data folder.');
        await adopting(() => checked('passphrase', () => reportSteps(hooks.progress, 'decrypt', 'Decrypting your journal', (onProgress) => v.disable(secret, { setAside, onProgress }))));
        return status();
      }),
    changePassphrase: (current, next) =>
      serial(async () => {
        const v = need();
        if (!(await v.state()).encrypted) throw new DomainError('conflict', 'Turn on encryption first, then you can change its passphrase.');
        await adopting(() => checked('current', () => v.changePassphrase(current, next)));
        return status();
      }),
    setIdleMinutes: (minutes) =>
      serial(async () => {
        const v = need();
        if (!(await v.state()).encrypted) throw new DomainError('conflict', 'The idle lock needs a passphrase. Turn on encryption first.');
        await adopting(() => v.setIdleMinutes(minutes));
        return status();
      }),
  };
}
