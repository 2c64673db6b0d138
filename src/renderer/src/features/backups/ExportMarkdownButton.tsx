import { createSignal, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { markdownSaved } from './transfer-text';

/**
 * On a person's page: their whole journal as one Markdown document, in a folder the person picks.
 * The confirmation (or the problem) appears right beside the button, where the eye already is.
 */
export function ExportMarkdownButton(props: { relationshipId: string }) {
  const [busy, setBusy] = createSignal(false);
  const [said, setSaid] = createSignal<{ text: string; error: boolean } | null>(null);
  const exportOne = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const result = await call('exports:markdown', { relationshipId: props.relationshipId });
      if (!result.cancelled) setSaid({ text: markdownSaved(result), error: false });
    } catch (e) {
      setSaid({ text: errorMessage(e), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="export-inline">
      <button type="button" class="button" disabled={busy()} onClick={() => void exportOne()}>
        Export to Markdown…
      </button>
      <Show when={said()}>
        {(s) => (
          <span role={s().error ? 'alert' : 'status'} class="inline-status" classList={{ failed: s().error }}>
            {s().text}
          </span>
        )}
      </Show>
    </span>
  );
}
