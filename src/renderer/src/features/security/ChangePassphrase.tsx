import { createSignal, Show } from 'solid-js';
import { call } from '../../lib/api';
import { Field, describedBy } from '../../components/Field';
import { showNotice } from '../../lib/notice';
import { setSecurityStatus } from './security-state';
import { createFormErrors, NEW_PASSPHRASE_HINT, newPassphraseProblem } from './passphrase-form';

/** A new passphrase. Only the key's wrapping changes, so this is instant and risks no journal. */
export function ChangePassphrase() {
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const form = createFormErrors({ current: 'current' as const, next: 'next' as const, repeat: 'repeat' as const });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    form.clear();
    const problem = newPassphraseProblem(next(), repeat());
    if (problem) {
      const key = problem.field === 'new' ? 'next' : 'repeat';
      form.set(key, problem.message);
      return document.getElementById(`chg-${key}`)?.focus();
    }
    setBusy(true);
    try {
      setSecurityStatus(await call('security:change-passphrase', { current: current(), next: next() }));
      setCurrent('');
      setNext('');
      setRepeat('');
      showNotice('Passphrase changed. Use the new one from now on.');
    } catch (err) {
      const key = form.fromError(err);
      document.getElementById(key === 'form' ? 'chg-form-error' : `chg-${key}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  const input = (id: string, label: string, value: () => string, set: (v: string) => void, key: 'current' | 'next' | 'repeat', hint?: string, auto = 'new-password') => (
    <Field id={id} label={label} hint={hint} error={form.errors[key]}>
      <input id={id} type="password" autocomplete={auto} value={value()} onInput={(e) => set(e.currentTarget.value)}
        aria-invalid={!!form.errors[key]} aria-describedby={describedBy(id, hint, form.errors[key])} />
    </Field>
  );

  return (
    <form onSubmit={submit} novalidate aria-labelledby="chg-title">
      <h3 id="chg-title">Change your passphrase</h3>
      {input('chg-current', 'Current passphrase', current, setCurrent, 'current', 'Forgotten it? Your recovery key works here too.', 'current-password')}
      {input('chg-next', 'New passphrase', next, setNext, 'next', NEW_PASSPHRASE_HINT)}
      {input('chg-repeat', 'Type the new one again', repeat, setRepeat, 'repeat')}
      <Show when={form.errors.form}>
        <p class="error-box" id="chg-form-error" tabindex="-1" role="alert">{form.errors.form}</p>
      </Show>
      <div class="actions start">
        <button type="submit" class="button" disabled={busy()}>{busy() ? 'Changing…' : 'Change passphrase'}</button>
      </div>
    </form>
  );
}
