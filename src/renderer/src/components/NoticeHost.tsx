import { createEffect, createSignal, For, onCleanup, onMount } from 'solid-js';
import { dismissNotice, notices } from '../lib/notice';
import { pickCorner, primaryButtons, type Corner } from './notice-placement';

/**
 * Short messages in a corner of the window. They move to another corner whenever they would cover a
 * primary button, checked when a notice appears and as the page scrolls or the window resizes.
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
      setCorner(pickCorner(size, { width: window.innerWidth, height: window.innerHeight }, primaryButtons()));
    });
  };
  createEffect(() => {
    notices();
    place();
  });
  onMount(() => {
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    window.addEventListener('hashchange', place);
  });
  onCleanup(() => {
    window.removeEventListener('scroll', place, { capture: true });
    window.removeEventListener('resize', place);
    window.removeEventListener('hashchange', place);
    cancelAnimationFrame(frame);
  });
  return (
    <div ref={host} class="notices" data-corner={corner()} role="status" aria-live="polite">
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
