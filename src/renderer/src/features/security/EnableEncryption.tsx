import { createSignal, Show } from 'solid-js';
import { WorkProgressBar } from '../../components/WorkProgressBar';
import { createWorkProgress } from '../../lib/work-progress';
import { NO_STOPPING } from './long-work-text';
import { call } from '../../lib/api';
import { Field, describedBy } from '../../components/Field';
import { createFormErrors, NEW_PASSPHRASE_HINT, newPassphraseProblem } from './passphrase-form';
import { RecoveryKey } from './RecoveryKey';
import { EarlierCopiesNote } from '../settings/ExternalCopiesSection';

/**
 * Turning encryption on, in two steps: a passphrase typed twice, then the recovery key, shown and
 * confirmed BEFORE anything is encrypted. Whatever happens while sealing (a full disk), the person
 * already holds a key that opens the folder.
 */
export function EnableEncryption(props: { onEnabled: () => void }) {
  const [passphrase, setPassphrase] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [draft, setDraft] = createSignal<string | null>(null);
  const [sealError, setSealError] = createSignal<string | null>(null);
  const [started, setStarted] = createSignal(false);
  const [sealing, setSealing] = createSignal(false);
  const sealed = createWorkProgress(sealing, 'encrypt');
  const form = createFormErrors({ passphrase: 'passphrase' as const, repeat: 'repeat' as const });

  const next = async (e: SubmitEvent) => {
    e.preventDefault();
    form.clear();
    const problem = newPassphraseProblem(passphrase(), repeat());
    if (problem) {
      const key = problem.field === 'new' ? 'passphrase' : 'repeat';
      form.set(key, problem.message);
      return document.getElementById(`enc-${key}`)?.focus();
    }
    setBusy(true);
    try {
      setDraft((await call('security:draft-key', { passphrase: passphrase() })).recoveryKey);
      setSealError(null);
    } catch (err) {
      const key = form.fromError(err);
      document.getElementById(key === 'form' ? 'enc-form-error' : `enc-${key}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (recoveryKey: string) => {
    setSealError(null);
    setBusy(true);
    setSealing(true);
    try {
      await call('security:enable', { passphrase: passphrase(), recoveryKey });
      setSealing(false);
      props.onEnabled();
    } catch (err) {
      form.fromError(err);
      const why = form.errors.passphrase ?? form.errors.form ?? '';
      // A failure part way leaves the folder encrypted: it finishes at the next unlock, with this key.
      const started = await call('security:status', {}).then((s) => s.encrypted, () => false);
      setStarted(started);
      setSealError(started ? `${why} Encryption has started and Mend will finish it the next time you unlock. Keep this recovery key.` : why);
    } finally {
      setSealing(false);
      setBusy(false);
    }
  };

  return (
    <Show when={draft()} fallback={
      <form onSubmit={next} novalidate aria-label="Turn on encryption">
        <EarlierCopiesNote />
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
          <button type="submit" class="button primary" disabled={busy()}>{busy() ? 'One moment…' : 'Next: your recovery key'}</button>
        </div>
      </form>
    }>
      {(key) => (
        <>
          <RecoveryKey value={key()} busy={busy()} error={sealError()} started={started()} onConfirm={() => void confirm(key())}
            onBack={() => { setDraft(null); setSealError(null); }} onDone={() => props.onEnabled()} />
          <Show when={sealing()}>
            <WorkProgressBar work={sealed()} label="Encrypting your journal…" detail={NO_STOPPING} />
          </Show>
        </>
      )}
    </Show>
  );
}
