import { createStore } from 'solid-js/store';
import { ApiError, errorMessage } from '../../lib/api';
import { PASSPHRASE_MIN, PASSPHRASE_TOO_SHORT, tooShortPassphrase } from '../../../../core/model/security';

export const NEW_PASSPHRASE_HINT = `At least ${PASSPHRASE_MIN} characters. A short sentence you will remember works well.`;
const MISMATCH = 'The two passphrases are not the same. Type the new one again.';

/**
 * What to fix first in a new passphrase typed twice: its length, then the repeat. A short pair that
 * also differed got "not the same" first, so the person typed the repeat again only to hear it was too short.
 */
export function newPassphraseProblem(passphrase: string, repeat: string): { field: 'new' | 'repeat'; message: string } | null {
  if (tooShortPassphrase(passphrase)) return { field: 'new', message: PASSPHRASE_TOO_SHORT };
  if (passphrase !== repeat) return { field: 'repeat', message: MISMATCH };
  return null;
}

/**
 * Errors for a passphrase form, keyed by field. A refused call puts its message beside the field main
 * names (mapped to this form's own names); anything else goes to the form as a whole. Typed text is never cleared.
 */
export function createFormErrors<K extends string>(fieldFor: Record<string, K>) {
  const [errors, setErrors] = createStore<Partial<Record<K | 'form', string>>>({});
  return {
    errors,
    clear: () => setErrors(Object.fromEntries(Object.keys(errors).map((k) => [k, undefined])) as never),
    set: (key: K | 'form', message: string) => setErrors(key as never, message as never),
    fromError(err: unknown): K | 'form' {
      const field = err instanceof ApiError && err.field ? fieldFor[err.field] : undefined;
      const key = field ?? 'form';
      setErrors(key as never, errorMessage(err) as never);
      return key;
    },
  };
}
