import { DomainError } from '../../src/core/errors';
import { IDLE_MINUTES_DEFAULT } from '../../src/core/model/security';
import { WRONG_SECRET } from '../../src/core/services/security';
import type { Vault, VaultState } from '../../src/core/services/vault';
import type { FileStore } from '../../src/core/store/file-store';

/**
 * A stand-in vault for core tests that need the lock but not the crypto (the node vault has its own
 * tests): it keeps the passphrase in memory and refuses every file operation while locked.
 */
export function memoryVault(): Vault & { passphrase: string | null } {
  let unlocked = true;
  let idleMinutes = IDLE_MINUTES_DEFAULT;
  const recovery = 'TEST-TEST-TEST-TEST-TEST-TEST';
  const vault = {
    passphrase: null as string | null,
    protect(files: FileStore): FileStore {
      const guard = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A): Promise<R> => {
        if (vault.passphrase !== null && !unlocked) throw new DomainError('locked', 'Mend is locked.');
        return fn(...a);
      };
      return {
        read: guard((p: string) => files.read(p)),
        write: guard((p: string, b: Uint8Array) => files.write(p, b)),
        list: guard((d: string) => files.list(d)),
        move: guard((a: string, b: string) => files.move(a, b)),
        backups: guard((p: string) => files.backups(p)),
        readBackup: guard((p: string, id: string) => files.readBackup(p, id)),
      };
    },
    async state(): Promise<VaultState> {
      return { encrypted: vault.passphrase !== null, locked: vault.passphrase !== null && !unlocked, idleMinutes };
    },
    check(secret: string): void {
      if (secret !== vault.passphrase && secret !== recovery) {
        throw new DomainError('invalid-input', 'That passphrase does not open this journal.', { field: 'passphrase', reason: WRONG_SECRET });
      }
    },
    async unlock(secret: string) {
      vault.check(secret);
      unlocked = true;
    },
    lock() {
      unlocked = false;
    },
    draftRecoveryKey: () => recovery,
    async enable(passphrase: string) {
      vault.passphrase = passphrase;
      unlocked = true;
    },
    async disable(secret: string) {
      vault.check(secret);
      vault.passphrase = null;
    },
    async changePassphrase(current: string, next: string) {
      vault.check(current);
      vault.passphrase = next;
    },
    async setIdleMinutes(minutes: number) {
      idleMinutes = minutes;
    },
  };
  return vault;
}
