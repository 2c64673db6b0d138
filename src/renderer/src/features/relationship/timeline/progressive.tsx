import { createMemo, createSignal, onCleanup, Show, type Accessor, type JSX } from 'solid-js';

/**
 * Long lists drawn a page at a time: only what fits on screen (and a little more) is in the DOM, and
 * the next page is added as the end of the list scrolls into view. A real button marks the end, so the
 * rest is reachable by keyboard and by screen readers too, not only by scrolling.
 */
export function createProgressiveList<T>(items: Accessor<readonly T[]>, pageSize: number) {
  const [count, setCount] = createSignal(pageSize);
  const visible = createMemo(() => items().slice(0, count()));
  const remaining = () => Math.max(0, items().length - count());
  const more = () => setCount((c) => c + pageSize);
  return { visible, remaining, more };
}

/** The end-of-list button; pressing it, or scrolling it into view, shows the next page. */
export function ShowMore(props: { remaining: number; label: (n: number) => string; onMore: () => void }): JSX.Element {
  let observer: IntersectionObserver | undefined;
  const watch = (el: HTMLButtonElement) => {
    observer?.disconnect();
    observer = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && props.onMore(), { rootMargin: '600px 0px' });
    observer.observe(el);
  };
  onCleanup(() => observer?.disconnect());
  return (
    <Show when={props.remaining > 0}>
      <p class="show-more">
        <button type="button" class="link-button" ref={watch} onClick={() => props.onMore()}>
          {props.label(props.remaining)}
        </button>
      </p>
    </Show>
  );
}
