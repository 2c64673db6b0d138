import { createSignal, onMount, Show } from 'solid-js';

/**
 * The recovery key, shown BEFORE anything is encrypted. Encryption starts only when the person says
 * they have saved it, so a failure part way (a full disk) never leaves a journal they cannot open.
 */
export function RecoveryKey(props: {
  value: string;
  busy: boolean;
  error: string | null;
  /** Sealing began and stopped part way: no going back, only on to the (encrypted) settings. */
  started: boolean;
  onConfirm: () => void;
  onBack: () => void;
  onDone: () => void;
}) {
  const [copied, setCopied] = createSignal<string | null>(null);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setCopied('Copied. Paste it somewhere safe, away from this computer, then clear your clipboard.');
    } catch {
      setCopied('Mend could not copy it here. Select the key and copy it, or write it down.');
    }
  };

  return (
    <div class="recovery" role="region" aria-labelledby="recovery-title">
      <h3 id="recovery-title" tabindex="-1" ref={heading}>Your recovery key</h3>
      <p>
        Save this key somewhere safe, away from this computer. If you ever forget your passphrase, it is the only other way into
        your journal, and Mend will not show it again. Nothing is encrypted until you confirm below.
      </p>
      <p class="recovery-key" aria-label="Recovery key">{props.value}</p>
      <div class="actions start">
        <button type="button" class="button" onClick={() => void copy()}>Copy</button>
      </div>
      <Show when={copied()}>
        <p class="muted" role="status">{copied()}</p>
      </Show>
      <Show when={props.error}>
        <p class="error-box" id="recovery-error" tabindex="-1" role="alert">{props.error}</p>
      </Show>
      <Show when={!props.started} fallback={
        <div class="actions start">
          <button type="button" class="button primary" onClick={() => props.onDone()}>I have saved it</button>
        </div>
      }>
        <div class="actions start">
          <button type="button" class="button primary" disabled={props.busy} onClick={() => props.onConfirm()}>
            {props.busy ? 'Encrypting your journal…' : 'I have saved it: turn on encryption'}
          </button>
          <button type="button" class="button" disabled={props.busy} onClick={() => props.onBack()}>Back</button>
        </div>
      </Show>
    </div>
  );
}
