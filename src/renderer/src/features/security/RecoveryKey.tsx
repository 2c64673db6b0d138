/** The recovery key, shown once right after encryption is turned on. */
export function RecoveryKey(props: { value: string; onDone: () => void }) {
  return (
    <div class="recovery" role="region" aria-labelledby="recovery-title">
      <h3 id="recovery-title">Your recovery key</h3>
      <p>
        Write it down and keep it somewhere safe, away from this computer. If you ever forget your passphrase, this key is the only
        other way into your journal. Mend will not show it again.
      </p>
      <p class="recovery-key" aria-label="Recovery key">{props.value}</p>
      <div class="actions start">
        <button type="button" class="button primary" onClick={() => props.onDone()}>I have written it down</button>
      </div>
    </div>
  );
}
