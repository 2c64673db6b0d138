import { createMemo, ErrorBoundary } from 'solid-js';
import { renderMarkdown } from '../lib/markdown';
import { confirmAction } from '../lib/confirm';
import { call, errorMessage } from '../lib/api';
import { showNotice } from '../lib/notice';

type MarkdownProps = { text: string; class?: string; empty?: string };

/**
 * Journal text rendered from markdown. The HTML is sanitised (lib/markdown); links never open
 * inside Mend: a click asks first, then hands the address to the system browser. Each block has its
 * own error boundary: text the renderer cannot draw is shown as plain text, and never takes the rest of
 * the page (or the entry's own buttons, which sit outside it) down with it.
 */
export function Markdown(props: MarkdownProps) {
  return (
    <ErrorBoundary fallback={<p class={`markdown markdown-plain ${props.class ?? ''}`}>{props.text}</p>}>
      <MarkdownHtml {...props} />
    </ErrorBoundary>
  );
}

function MarkdownHtml(props: MarkdownProps) {
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
