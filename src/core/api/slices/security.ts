import { z } from 'zod';
import { DomainError } from '../../errors';
import { IDLE_MINUTES_MAX, PASSPHRASE_MAX, PASSPHRASE_TOO_SHORT, tooShortPassphrase, type SecurityStatus } from '../../model/security';
import type { ServiceContext } from '../../services/context';
import type { SecuritySession } from '../../services/security';
import { confirmations, confirmOrStop } from '../../services/confirm';

const tooLong = `Keep it under ${PASSPHRASE_MAX.toLocaleString('en')} characters.`;

/** A passphrase being checked: any length may be tried, so the message is about the passphrase, not a rule. */
const secret = z.string().min(1, 'Enter your passphrase or recovery key.').max(PASSPHRASE_MAX, tooLong);

/** A passphrase being set: the minimum length is said plainly. */
const newPassphrase = z
  .string()
  .max(PASSPHRASE_MAX, tooLong)
  .refine((p) => !tooShortPassphrase(p), PASSPHRASE_TOO_SHORT);

/** Encryption at rest and the app lock. Only status and unlock answer while Mend is locked. */
export const securitySchemas = {
  'security:status': z.strictObject({}),
  'security:unlock': z.strictObject({ passphrase: secret }),
  'security:lock': z.strictObject({}),
  'security:draft-key': z.strictObject({ passphrase: newPassphrase }),
  'security:enable': z.strictObject({ passphrase: newPassphrase, recoveryKey: z.string().min(1).max(100) }),
  'security:disable': z.strictObject({ passphrase: secret, setAside: z.boolean().optional() }),
  'security:change-passphrase': z.strictObject({ current: secret, next: newPassphrase }),
  'security:set-idle': z.strictObject({
    minutes: z.number().int('Use whole minutes.').min(1, 'Use at least 1 minute.').max(IDLE_MINUTES_MAX, `Use at most ${IDLE_MINUTES_MAX} minutes.`),
  }),
};

type In<C extends keyof typeof securitySchemas> = z.output<(typeof securitySchemas)[C]>;

export interface SecurityContract {
  /**
   * Whether the folder is encrypted, whether Mend is locked, the idle time; answers while locked. With
   * encryption off, `sealedLeftovers` counts files still holding words sealed with the passphrase from
   * before (see `security:unlock`), and `sealedLeftoversMark` names which (Home's "Hide from Home").
   */
  'security:status': (input: In<'security:status'>) => SecurityStatus;
  /**
   * Opens the journal with the passphrase or the recovery key; answers while locked. A wrong one is
   * `invalid-input` on `passphrase`, with `retryAfterSeconds` once tries come too fast; nothing is touched.
   * With encryption off, the passphrase (or recovery key) from before it went off opens `sealedLeftovers`.
   */
  'security:unlock': (input: In<'security:unlock'>) => SecurityStatus;
  /** Locks now: the key and every open journal are dropped from memory. */
  'security:lock': (input: In<'security:lock'>) => SecurityStatus;
  /**
   * Step one of turning encryption on: checks the new passphrase and returns a fresh recovery key to
   * show. Nothing is written; only this key is accepted by `security:enable`.
   */
  'security:draft-key': (input: In<'security:draft-key'>) => { recoveryKey: string };
  /**
   * Step two: seals every file, with the recovery key from step one handed back once the person has
   * saved it (`conflict` for any other key). A failure part way leaves a folder that key still opens.
   */
  'security:enable': (input: In<'security:enable'>) => { recoveryKey: string; status: SecurityStatus };
  /**
   * Turns encryption off after checking the passphrase (or recovery key): every file back to plain JSON.
   * Sealed files it cannot open make it refuse (`conflict`, naming them, `detail.stillSealed` = how many)
   * unless `setAside`, which first moves them into damaged/ with a copy of the key file.
   */
  'security:disable': (input: In<'security:disable'>) => SecurityStatus;
  /** Sets a new passphrase (the current one or the recovery key proves it is you); journals are not rewritten. */
  'security:change-passphrase': (input: In<'security:change-passphrase'>) => SecurityStatus;
  /** Minutes without activity before Mend locks itself. */
  'security:set-idle': (input: In<'security:set-idle'>) => SecurityStatus;
}

/**
 * Channels that answer while Mend is locked; every other one answers `locked`. `held-drafts:hold` keeps
 * text in memory only (handed back after an unlock): when Mend locked under the page (another computer
 * turned encryption on), the page still hands over what it could not save.
 */
export const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set(['security:status', 'security:unlock', 'app:info', 'progress:current', 'held-drafts:hold']);

const session = (ctx: Pick<ServiceContext, 'security'>): SecuritySession => {
  if (!ctx.security) throw new DomainError('invalid-input', 'This copy of Mend cannot encrypt its data folder.');
  return ctx.security;
};

export const securityHandlers = (ctx: Pick<ServiceContext, 'security' | 'platform'>) => ({
  'security:status': async () => session(ctx).status(),
  'security:unlock': async (i: In<'security:unlock'>) => session(ctx).unlock(i.passphrase),
  'security:lock': async () => session(ctx).lock(),
  'security:draft-key': async () => session(ctx).draftRecoveryKey(),
  'security:enable': async (i: In<'security:enable'>) => {
    await confirmOrStop(ctx.platform, confirmations.encryptionOn());
    return session(ctx).enable(i.passphrase, i.recoveryKey);
  },
  'security:disable': async (i: In<'security:disable'>) => {
    await confirmOrStop(ctx.platform, confirmations.encryptionOff());
    return session(ctx).disable(i.passphrase, i.setAside);
  },
  'security:change-passphrase': async (i: In<'security:change-passphrase'>) => session(ctx).changePassphrase(i.current, i.next),
  'security:set-idle': async (i: In<'security:set-idle'>) => session(ctx).setIdleMinutes(i.minutes),
});
