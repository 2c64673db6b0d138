import { createSignal, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { call, errorMessage } from '../../lib/api';
import { Field, describedBy } from '../../components/Field';
import { announceLocalChange } from '../../lib/local-changes';
import { showNotice } from '../../lib/notice';
import { securityStatus, setSecurityStatus } from './security-state';

const FIELD = 'leftovers-passphrase';
/** Home only: which words were waiting (main's mark of them) when the person hid the prompt there. */
const HIDDEN_AT = 'mend.leftovers-hidden-at';

/**
 * Hidden from Home while the very same words wait: someone who has lost the old passphrase, or whose
 * locked words are partly damaged, is otherwise asked at every visit with no way to answer. Main's mark
 * names the files waiting and how many rows in each, so more words locked later (or some opened
 * elsewhere, then others locked) make another mark, and Home asks again. Settings always asks. A
 * display preference, no journal text: it lives in the window's storage like the theme.
 */
export const hiddenOnHome = (mark: string | undefined, hiddenAt: string | null): boolean => !!mark && hiddenAt === mark;

/**
 * Encryption was turned off on another computer, but words saved just before that news arrived are
 * still sealed with the old passphrase: kept, yet missing from the journal. While any wait (main's
 * status counts them, never shows them), this asks for that passphrase and brings them back. Shown on
 * Home and in Settings → Passphrase and lock; `level` fits its heading into the page around it. Words
 * that arrive from another computer while Mend is open show up through main's `security-changed` news.
 */
export function SealedLeftovers(props: { level: 2 | 3; onHome?: boolean }) {
  const [secret, setSecret] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [hiddenAt, setHiddenAt] = createSignal(props.onHome ? localStorage.getItem(HIDDEN_AT) : null);
  const count = () => securityStatus()?.sealedLeftovers ?? 0;
  const mark = () => securityStatus()?.sealedLeftoversMark;
  const waiting = () => count() > 0 && !securityStatus()?.encrypted && !hiddenOnHome(mark(), hiddenAt());

  const hide = () => {
    const now = mark() ?? '';
    localStorage.setItem(HIDDEN_AT, now);
    setHiddenAt(now);
    showNotice('Hidden from Home. Your locked words stay kept; bring them back any time in Settings → Passphrase and lock.');
    // The section (and the button with the focus) goes: the screen's heading takes the focus, not the page.
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setBusy(true);
    setError(null);
    try {
      const next = await call('security:unlock', { passphrase: secret() });
      setSecret('');
      setSecurityStatus(next);
      // Every screen that shows the journal reads it again, now with the words in it.
      announceLocalChange();
      showNotice('Your words are back in your journal.');
    } catch (err) {
      setError(errorMessage(err));
      document.getElementById(FIELD)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={waiting()}>
      <section class="leftovers" aria-labelledby="leftovers-title">
        <Dynamic component={`h${props.level}`} id="leftovers-title">Some of your words are still locked</Dynamic>
        <p>
          They were saved just before encryption was turned off on another computer, so they are still locked with your old
          passphrase. Enter it to bring them back. Until then they are kept safe, only not shown.
        </p>
        <form onSubmit={submit} novalidate aria-labelledby="leftovers-title">
          <Field id={FIELD} label="Old passphrase" hint="Or the recovery key you saved with it." error={error()}>
            <input id={FIELD} type="password" autocomplete="current-password" value={secret()}
              onInput={(e) => setSecret(e.currentTarget.value)} aria-invalid={!!error()}
              aria-describedby={describedBy(FIELD, 'hint', error())} />
          </Field>
          <div class="actions start">
            <button type="submit" class="button primary" disabled={busy()}>{busy() ? 'Opening…' : 'Bring them back'}</button>
            <Show when={props.onHome}>
              <button type="button" class="button" disabled={busy()} onClick={hide}>Hide from Home</button>
            </Show>
          </div>
        </form>
      </section>
    </Show>
  );
}
