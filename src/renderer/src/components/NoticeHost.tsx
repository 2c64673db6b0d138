import { For } from 'solid-js';
import { dismissNotice, notices } from '../lib/notice';

export function NoticeHost() {
  return (
    <div class="notices" role="status" aria-live="polite">
      <For each={notices()}>
        {(n) => (
          <div class={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
            <span>{n.text}</span>
            <button type="button" class="link-button" onClick={() => dismissNotice(n.id)} aria-label="Dismiss">
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
