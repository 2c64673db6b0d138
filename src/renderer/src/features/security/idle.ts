import { createEffect, onCleanup } from 'solid-js';

/** What counts as someone at the keyboard. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once no key or pointer activity has happened for `minutes()` minutes. The timer is
 * restarted on activity (at most once a second, so moving the mouse costs nothing) and when the
 * setting changes. Must run inside a component.
 */
export function watchIdle(minutes: () => number | null, onIdle: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReset = 0;
  const restart = (): void => {
    clearTimeout(timer);
    const m = minutes();
    if (m === null) return;
    lastReset = Date.now();
    timer = setTimeout(onIdle, m * 60_000);
  };
  const onActivity = (): void => {
    if (Date.now() - lastReset >= 1000) restart();
  };
  createEffect(restart);
  for (const name of ACTIVITY) window.addEventListener(name, onActivity, { capture: true, passive: true });
  onCleanup(() => {
    clearTimeout(timer);
    for (const name of ACTIVITY) window.removeEventListener(name, onActivity, { capture: true });
  });
}
