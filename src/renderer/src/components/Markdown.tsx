import { createMemo } from 'solid-js';
import { renderMarkdown } from '../lib/markdown';
import { confirmAction } from '../lib/confirm';
import { call, errorMessage } from '../lib/api';
import { showNotice } from '../lib/notice';

/**
 * Journal text rendered from markdown. The HTML is sanitised (lib/markdown); links never open
 * inside Mend: a click asks first, then hands the address to the system browser.
 */
export function Markdown(props: { text: string; class?: string; empty?: string }) {
  const html = createMemo(() => renderMarkdown(props.text));
  const onClick = async (e: MouseEvent) => {
    const link = (e.target as HTMLElement | null)?.closest('a');
    if (!link) return;
    e.preventDefault();
    const href = link.getAttribute('href');
    if (!href) return;
    const ok = await confirmAction({
      title: 'Open this link outside Mend?',
      body: `It will open in your browser: ${href}`,
      confirmLabel: 'Open link',
    });
    if (!ok) return;
    try {
      await call('app:open-link', { url: href });
    } catch (err) {
      showNotice(errorMessage(err), 'error');
    }
  };
  return (
    <>
      {props.text.trim() === '' && props.empty ? (
        <p class="muted">{props.empty}</p>
      ) : (
        // innerHTML only ever receives renderMarkdown output, which DOMPurify has sanitised.
        <div class={`markdown ${props.class ?? ''}`} innerHTML={html()} onClick={onClick} />
      )}
    </>
  );
}
