import { Show } from 'solid-js';
import { lockNow, securityStatus } from './security-state';

/** "Lock now" in the sidebar, only while a passphrase protects the journal. */
export function LockButton() {
  return (
    <Show when={securityStatus()?.encrypted}>
      <button type="button" class="button lock-now" onClick={() => void lockNow()}>
        <span class="lock-glyph" aria-hidden="true" />
        Lock now
      </button>
    </Show>
  );
}
