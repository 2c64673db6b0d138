import { createSignal, Show } from 'solid-js';
import { ApiError, call } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { Field, describedBy } from '../../components/Field';
import { showNotice } from '../../lib/notice';
import { setSecurityStatus } from './security-state';
import { createFormErrors } from './passphrase-form';
import { WorkProgressBar } from '../../components/WorkProgressBar';
import { createWorkProgress } from '../../lib/work-progress';
import { NO_STOPPING } from './long-work-text';

/** How many sealed files main could not open, when that is why turning off was refused. */
const stillSealed = (err: unknown): number => {
  const n = err instanceof ApiError && err.code === 'conflict' ? err.detail?.stillSealed : undefined;
  return typeof n === 'number' ? n : 0;
};

/**
 * Turning encryption off, behind the passphrase and a plain-spoken confirmation. When some files
 * cannot be opened, main names them and changes nothing; the person may then move them aside.
 */
export function DisableEncryption() {
  const [secret, setSecret] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [sealedLeft, setSealedLeft] = createSignal(0);
  const form = createFormErrors({ passphrase: 'passphrase' as const });
  const opened = createWorkProgress(busy, 'decrypt');

  const turnOff = async (setAside: boolean) => {
    form.clear();
    setBusy(true);
    try {
      setSecurityStatus(await call('security:disable', { passphrase: secret(), setAside }));
      setSecret('');
      setSealedLeft(0);
      showNotice(setAside
        ? 'Encryption is off. The files Mend could not open are in the damaged folder, with a copy of the key file.'
        : 'Encryption is off. Your journal is stored as readable files again.');
    } catch (err) {
      setSealedLeft(stillSealed(err));
      const key = form.fromError(err);
      document.getElementById(key === 'form' ? 'off-form-error' : 'off-passphrase')?.focus();
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const ok = await confirmAction({
      title: 'Turn off encryption?',
      body: 'Mend will store your journal as readable files again, and stop asking for a passphrase. Anyone who can open the files on this computer could read them.',
      confirmLabel: 'Turn it off',
      tone: 'danger',
    });
    if (ok) await turnOff(false);
  };

  return (
    <details class="turn-off">
      <summary>Turn off encryption</summary>
      <form onSubmit={submit} novalidate aria-label="Turn off encryption">
        <Field id="off-passphrase" label="Passphrase" hint="To make sure it is you." error={form.errors.passphrase}>
          <input id="off-passphrase" type="password" autocomplete="current-password" value={secret()} onInput={(e) => setSecret(e.currentTarget.value)}
            aria-invalid={!!form.errors.passphrase} aria-describedby={describedBy('off-passphrase', 'hint', form.errors.passphrase)} />
        </Field>
        <Show when={form.errors.form}>
          <p class="error-box" id="off-form-error" tabindex="-1" role="alert">{form.errors.form}</p>
        </Show>
        <div class="actions start">
          <Show when={sealedLeft() > 0} fallback={
            <button type="submit" class="button danger-quiet" disabled={busy()}>{busy() ? 'Decrypting your journal…' : 'Turn off encryption'}</button>
          }>
            <button type="button" class="button danger-quiet" disabled={busy()} onClick={() => void turnOff(true)}>
              {busy() ? 'Decrypting your journal…' : sealedLeft() === 1 ? 'Move it aside and turn off' : 'Move them aside and turn off'}
            </button>
            <button type="button" class="button" disabled={busy()} onClick={() => { setSealedLeft(0); form.clear(); }}>Keep encryption on</button>
          </Show>
        </div>
        <Show when={busy()}>
          <WorkProgressBar work={opened()} label="Checking your passphrase…" detail={NO_STOPPING} />
        </Show>
      </form>
    </details>
  );
}
