import { createEffect, createSignal, For, onCleanup, onMount } from 'solid-js';
import { dismissNotice, holdNotices, notices } from '../lib/notice';
import { obstaclesOnScreen, pickCorner, type Corner } from './notice-placement';

/**
 * Short messages in a corner of the window. They move to the corner where they cover the least (see
 * notice-placement), checked when a notice appears, as the page scrolls, the window resizes, the focus
 * moves or the screen under them changes. While the pointer or the focus is on them they stay.
 */
export function NoticeHost() {
  let host: HTMLDivElement | undefined;
  const [corner, setCorner] = createSignal<Corner>('bottom-right');
  let frame = 0;
  const place = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!host || notices().length === 0) return;
      const size = { width: host.offsetWidth, height: host.offsetHeight };
      setCorner(pickCorner(size, { width: window.innerWidth, height: window.innerHeight }, obstaclesOnScreen()));
    });
  };
  // Where the focus came from before it entered the notices: a notice closed by keyboard gives it back
  // there (else to the next notice), never to the window's top; the others then leave in their time.
  let returnTo: HTMLElement | undefined;
  const dismiss = (id: number) => {
    const hadFocus = host?.contains(document.activeElement) ?? false;
    dismissNotice(id);
    if (!hadFocus) return;
    queueMicrotask(() => {
      if (returnTo?.isConnected) returnTo.focus();
      else host?.querySelector<HTMLElement>('.notice button')?.focus();
    });
  };
  // The screen changing under the notices (a form opening, a list redrawn) is watched only while one
  // shows: with none on screen, nothing is observed.
  const watcher = new MutationObserver(place);
  createEffect(() => {
    if (notices().length > 0) watcher.observe(document.body, { childList: true, subtree: true });
    else watcher.disconnect();
    place();
  });
  onMount(() => {
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    window.addEventListener('hashchange', place);
    window.addEventListener('focusin', place);
  });
  onCleanup(() => {
    window.removeEventListener('scroll', place, { capture: true });
    window.removeEventListener('resize', place);
    window.removeEventListener('hashchange', place);
    window.removeEventListener('focusin', place);
    watcher.disconnect();
    cancelAnimationFrame(frame);
  });
  return (
    <div ref={host} class="notices" data-corner={corner()} role="status" aria-live="polite"
      // Held by a pointer moving on them, not by one resting where a notice happened to appear: that one
      // would otherwise stay until the mouse is next moved.
      onPointerMove={() => holdNotices('pointer', true)} onMouseLeave={() => holdNotices('pointer', false)}
      onFocusIn={(e) => {
        const from = e.relatedTarget;
        if (from instanceof HTMLElement && !host?.contains(from)) returnTo = from;
        holdNotices('focus', true);
      }}
      onFocusOut={(e) => { if (!host?.contains(e.relatedTarget as Node | null)) holdNotices('focus', false); }}>
      <For each={notices()}>
        {(n) => (
          <div class={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
            <span>{n.text}</span>
            <button type="button" class="link-button" onClick={() => dismiss(n.id)} aria-label="Dismiss">
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
