import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { lockedMidSession, msSinceTyping } from '../../lib/recent-keys';
import { ApiError, call, errorMessage } from '../../lib/api';
import { Field, describedBy } from '../../components/Field';
import { securityStatus, setSecurityStatus } from './security-state';
import { WorkProgressBar } from '../../components/WorkProgressBar';
import { createWorkProgress } from '../../lib/work-progress';
import { NO_STOPPING } from './long-work-text';
import type { LockedElsewhere } from '../../../../core/model/security';

/** Why Mend locked by itself: another computer on this folder changed how it is protected. */
const LOCKED_BECAUSE: Record<LockedElsewhere, string> = {
  'encrypted-elsewhere': 'Encryption was turned on from another computer. Enter the passphrase chosen there to go on; anything you were typing is kept.',
  'passphrase-changed-elsewhere': 'The passphrase was changed on another computer. Enter the new one to go on; anything you were typing is kept.',
};

/** Keys closer together than this are one burst of typing. */
const TYPING_PAUSE_MS = 1000;

/**
 * The only screen while Mend is locked. The passphrase stays in the field after a wrong try; after
 * several, the button waits out the delay main asks for, counting down so nobody wonders why.
 */
export function LockScreen() {
  const [secret, setSecret] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [wait, setWait] = createSignal(0);
  // An unlock may finish an encryption a closed window interrupted: that shows how far it is.
  const finishing = createWorkProgress(busy, 'finish-encryption');
  let ticker: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(ticker));
  let heading!: HTMLHeadingElement;
  let field!: HTMLInputElement;

  // At Mend's start the passphrase field takes the focus at once. A lock in the middle of use may come
  // while someone is typing, and the rest of their sentence would land in the field (Enter would spend a
  // try): there the heading holds the focus until the keys pause for a second, then the field takes it.
  onMount(() => {
    if (!lockedMidSession() && msSinceTyping() > TYPING_PAUSE_MS) {
      field.focus();
      return;
    }
    heading.focus();
    let pause: ReturnType<typeof setTimeout> | undefined;
    const waitForPause = (): void => {
      clearTimeout(pause);
      pause = setTimeout(() => {
        window.removeEventListener('keydown', waitForPause, true);
        if (document.activeElement === heading || document.activeElement === document.body) field.focus();
      }, TYPING_PAUSE_MS);
    };
    window.addEventListener('keydown', waitForPause, true);
    waitForPause();
    onCleanup(() => {
      clearTimeout(pause);
      window.removeEventListener('keydown', waitForPause, true);
    });
  });

  const countDown = (seconds: number): void => {
    clearInterval(ticker);
    setWait(seconds);
    if (seconds <= 0) return;
    ticker = setInterval(() => {
      const left = wait() - 1;
      setWait(Math.max(0, left));
      if (left <= 0) clearInterval(ticker);
    }, 1000);
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy() || wait() > 0) return;
    setBusy(true);
    setError(null);
    try {
      setSecurityStatus(await call('security:unlock', { passphrase: secret() }));
    } catch (err) {
      setError(errorMessage(err));
      const retry = err instanceof ApiError ? Number(err.detail?.retryAfterSeconds ?? 0) : 0;
      countDown(retry);
      document.getElementById('unlock-passphrase')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="lock-page" aria-labelledby="lock-title">
      <div class="lock-card">
        <span class="brand-mark" aria-hidden="true" />
        <h1 id="lock-title" tabindex="-1" ref={heading}>Mend is locked</h1>
        <Show when={securityStatus()?.lockedBecause} fallback={<p class="lede">Your journal is encrypted on this computer. Enter your passphrase to open it.</p>}>
          {(why) => <p class="lede" role="status">{LOCKED_BECAUSE[why()]}</p>}
        </Show>
        <form onSubmit={submit} novalidate>
          <Field id="unlock-passphrase" label="Passphrase" hint="Or the recovery key you saved when you turned on encryption." error={error()}>
            <input id="unlock-passphrase" ref={field} type="password" autocomplete="current-password" value={secret()}
              onInput={(e) => setSecret(e.currentTarget.value)} aria-invalid={!!error()}
              aria-describedby={describedBy('unlock-passphrase', 'hint', error())} />
          </Field>
          <div class="actions">
            <button type="submit" class="button primary" disabled={busy() || wait() > 0}>
              {busy() ? 'Unlocking…' : 'Unlock'}
            </button>
          </div>
          <Show when={wait() > 0}>
            <p class="muted" aria-live="polite">You can try again in {wait()} second{wait() === 1 ? '' : 's'}.</p>
          </Show>
        </form>
        <Show when={finishing()}>
          {(work) => <WorkProgressBar work={work()} label="Finishing what was started last time…" detail={NO_STOPPING} />}
        </Show>
      </div>
    </section>
  );
}
