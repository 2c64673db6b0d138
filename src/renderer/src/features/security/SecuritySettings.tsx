import { createSignal, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { showNotice } from '../../lib/notice';
import { IDLE_CHOICES } from '../../../../core/model/security';
import { securityStatus, setSecurityStatus } from './security-state';
import { EnableEncryption } from './EnableEncryption';
import { ChangePassphrase } from './ChangePassphrase';
import { DisableEncryption } from './DisableEncryption';
import { RunningConversion } from './RunningConversion';
import { SealedLeftovers } from './SealedLeftovers';

/** Settings → Passphrase and lock. */
export function SecuritySettings() {
  const encrypted = () => securityStatus()?.encrypted === true;

  let heading: HTMLHeadingElement | undefined;
  const enabled = async () => {
    setSecurityStatus(await call('security:status', {}));
    showNotice('Encryption is on. Mend will ask for your passphrase when it opens.');
    // The form went with the button pressed: the section, now saying it is encrypted, takes the focus.
    heading?.focus();
  };

  return (
    <section class="section security" aria-labelledby="security-title">
      <h2 id="security-title" tabindex="-1" ref={heading}>Passphrase and lock</h2>
      <RunningConversion />
      <Show when={encrypted()} fallback={
        <>
          <SealedLeftovers level={3} />
          <p>
            Lock your journal with a passphrase. Mend then encrypts every file in its data folder and asks for the passphrase each time
            it opens, or after you have been away for a while.
          </p>
          <p class="muted">Keep the passphrase somewhere you trust. Without it, only the recovery key Mend shows you next can open your journal.</p>
          <EnableEncryption onEnabled={() => void enabled()} />
        </>
      }>
        <p>Your journal is encrypted on this computer. Mend asks for your passphrase when it opens and after a quiet spell. To lock it yourself, use Lock now in the sidebar.</p>
        <IdleChoice />
        <ChangePassphrase />
        <DisableEncryption />
      </Show>
    </section>
  );
}

function IdleChoice() {
  const [error, setError] = createSignal<string | null>(null);
  /**
   * Each choice is saved in the order made, and only the answer to the latest is shown: picking 30 then 5
   * while the first is still being saved ends on 5, not on whichever answer came last.
   */
  let latest = 0;
  let saving: Promise<unknown> = Promise.resolve();
  const change = (minutes: number) => {
    const mine = ++latest;
    setError(null);
    saving = saving.then(async () => {
      if (mine !== latest) return; // a later choice was made meanwhile: it is the one to save
      try {
        const status = await call('security:set-idle', { minutes });
        if (mine === latest) setSecurityStatus(status);
      } catch (err) {
        if (mine === latest) setError(errorMessage(err));
      }
    });
  };
  return (
    <div class="field idle" classList={{ invalid: !!error() }}>
      <label for="idle-minutes">Lock after I have been away for</label>
      <select id="idle-minutes" value={String(securityStatus()?.idleMinutes ?? 10)} onChange={(e) => change(Number(e.currentTarget.value))}
        aria-invalid={!!error()} aria-describedby={error() ? 'idle-minutes-error' : undefined}>
        <For each={[...new Set([...IDLE_CHOICES, securityStatus()?.idleMinutes ?? 10])].sort((a, b) => a - b)}>
          {(m) => <option value={String(m)}>{m === 60 ? '1 hour' : `${m} minutes`}</option>}
        </For>
      </select>
      <Show when={error()}>
        <p class="field-error" id="idle-minutes-error" role="alert">{error()}</p>
      </Show>
    </div>
  );
}
