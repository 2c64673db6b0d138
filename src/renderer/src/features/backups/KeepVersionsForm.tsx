import { createSignal, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { Field, describedBy } from '../../components/Field';

/**
 * How many earlier versions of each journal to keep. The number typed stays in the field when it is
 * refused; a saved change applies from the next start, and the line below says so.
 */
export function KeepVersionsForm(props: { keepLast: number; dailyDays: number; onSaved: (keepLast: number) => void }) {
  const [value, setValue] = createSignal(String(props.keepLast));
  const [error, setError] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    if (value().trim() === '' || !Number.isFinite(Number(value()))) {
      setError('Enter a number of versions, from 1 to 100.');
      document.getElementById('keep-last')?.focus();
      return;
    }
    setBusy(true);
    try {
      const next = await call('backups:save-settings', { keepLast: Number(value()) });
      setSaved(true);
      props.onSaved(next.keepLast);
    } catch (err) {
      setError(errorMessage(err));
      document.getElementById('keep-last')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="keep-form" onSubmit={submit} novalidate>
      <Field id="keep-last" label="Earlier versions to keep of each journal"
        hint={`Between 1 and 100, plus one a day for ${props.dailyDays} days. This is for this computer; another computer using the same folder keeps its own. A change applies the next time Mend opens.`} error={error()}>
        <div class="keep-row">
          <input id="keep-last" type="number" min="1" max="100" step="1" inputMode="numeric" value={value()}
            onInput={(e) => { setValue(e.currentTarget.value); setSaved(false); }} aria-invalid={!!error()} aria-describedby={describedBy('keep-last', 'hint', error())} />
          <button type="submit" class="button" disabled={busy()}>
            Save
          </button>
        </div>
      </Field>
      <Show when={saved()}>
        <p class="hint" role="status">Saved. Mend will keep that many from the next time it opens.</p>
      </Show>
    </form>
  );
}
