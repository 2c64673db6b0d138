import { createSignal } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { showNotice } from '../../lib/notice';
import { markdownSaved } from './transfer-text';

/** On a person's page: their whole journal as one Markdown document, in a folder the person picks. */
export function ExportMarkdownButton(props: { relationshipId: string }) {
  const [busy, setBusy] = createSignal(false);
  const exportOne = async () => {
    setBusy(true);
    try {
      const result = await call('exports:markdown', { relationshipId: props.relationshipId });
      if (!result.cancelled) showNotice(markdownSaved(result));
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="button" disabled={busy()} onClick={() => void exportOne()}>
      Export to Markdown…
    </button>
  );
}
