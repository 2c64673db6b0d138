import { createSignal, Show } from 'solid-js';
import { call } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { Field, describedBy } from '../../components/Field';
import { showNotice } from '../../lib/notice';
import { setSecurityStatus } from './security-state';
import { createFormErrors } from './passphrase-form';

/** Turning encryption off, behind the passphrase and a plain-spoken confirmation. */
export function DisableEncryption() {
  const [secret, setSecret] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const form = createFormErrors({ passphrase: 'passphrase' as const });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    form.clear();
    const ok = await confirmAction({
      title: 'Turn off encryption?',
      body: 'Mend will store your journal as readable files again, and stop asking for a passphrase. Anyone who can open the files on this computer could read them.',
      confirmLabel: 'Turn it off',
      tone: 'danger',
    });
    if (!ok) return;
    setBusy(true);
    try {
      setSecurityStatus(await call('security:disable', { passphrase: secret() }));
      setSecret('');
      showNotice('Encryption is off. Your journal is stored as readable files again.');
    } catch (err) {
      const key = form.fromError(err);
      document.getElementById(key === 'form' ? 'off-form-error' : 'off-passphrase')?.focus();
    } finally {
      setBusy(false);
    }
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
          <button type="submit" class="button danger-quiet" disabled={busy()}>{busy() ? 'Decrypting your journal…' : 'Turn off encryption'}</button>
        </div>
      </form>
    </details>
  );
}
