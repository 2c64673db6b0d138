import { createSignal, Show } from 'solid-js';
import { call } from '../../lib/api';
import { Field, describedBy } from '../../components/Field';
import { createFormErrors, MISMATCH, NEW_PASSPHRASE_HINT } from './passphrase-form';

/** Turning encryption on: a passphrase typed twice. The recovery key it returns is shown by the parent. */
export function EnableEncryption(props: { onEnabled: (recoveryKey: string) => void }) {
  const [passphrase, setPassphrase] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const form = createFormErrors({ passphrase: 'passphrase' as const, repeat: 'repeat' as const });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    form.clear();
    if (passphrase() !== repeat()) {
      form.set('repeat', MISMATCH);
      return document.getElementById('enc-repeat')?.focus();
    }
    setBusy(true);
    try {
      const result = await call('security:enable', { passphrase: passphrase() });
      props.onEnabled(result.recoveryKey);
    } catch (err) {
      const key = form.fromError(err);
      document.getElementById(key === 'form' ? 'enc-form-error' : `enc-${key}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} novalidate aria-label="Turn on encryption">
      <Field id="enc-passphrase" label="Passphrase" hint={NEW_PASSPHRASE_HINT} error={form.errors.passphrase}>
        <input id="enc-passphrase" type="password" autocomplete="new-password" value={passphrase()} onInput={(e) => setPassphrase(e.currentTarget.value)}
          aria-invalid={!!form.errors.passphrase} aria-describedby={describedBy('enc-passphrase', 'hint', form.errors.passphrase)} />
      </Field>
      <Field id="enc-repeat" label="Type it again" error={form.errors.repeat}>
        <input id="enc-repeat" type="password" autocomplete="new-password" value={repeat()} onInput={(e) => setRepeat(e.currentTarget.value)}
          aria-invalid={!!form.errors.repeat} aria-describedby={describedBy('enc-repeat', undefined, form.errors.repeat)} />
      </Field>
      <Show when={form.errors.form}>
        <p class="error-box" id="enc-form-error" tabindex="-1" role="alert">{form.errors.form}</p>
      </Show>
      <div class="actions start">
        <button type="submit" class="button primary" disabled={busy()}>{busy() ? 'Encrypting your journal…' : 'Turn on encryption'}</button>
      </div>
    </form>
  );
}
