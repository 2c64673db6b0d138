import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { path } from './router';

const WAIT_FRAMES = 90;
const [announcement, setAnnouncement] = createSignal('');
/** What the live region last said ("Home", "Take a trust check"). */
export { announcement };

/** Where focus should land on a new screen: an element marked for it, else the screen's heading. */
function target(main: HTMLElement): HTMLElement | null {
  return main.querySelector<HTMLElement>('[data-autofocus]') ?? main.querySelector<HTMLElement>('h1');
}

/**
 * After every screen change: back to the top, focus on the new screen's heading (or the element a
 * screen marks with data-autofocus), and its name announced. Screens draw once their data arrives,
 * so this waits a few frames for the heading, and gives way if the user clicks or types first.
 */
export function manageScreenFocus(main: () => HTMLElement | undefined): void {
  let cancel = () => {};
  createEffect(
    on(path, () => {
      cancel();
      window.scrollTo(0, 0);
      const root = main();
      if (root) root.scrollTop = 0;
      let frame = 0;
      let handle = 0;
      const stop = () => {
        cancelAnimationFrame(handle);
        window.removeEventListener('pointerdown', stop, true);
        window.removeEventListener('keydown', onKey, true);
      };
      // Keys pressed while focus is nowhere yet (the screen still drawing) would be lost anyway: only
      // a Tab, or typing in a field, means the user has taken over.
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Tab' || (document.activeElement && document.activeElement !== document.body && document.activeElement !== root)) stop();
      };
      cancel = stop;
      window.addEventListener('pointerdown', stop, true);
      window.addEventListener('keydown', onKey, true);
      const tick = () => {
        const el = root ? target(root) : null;
        const alreadyIn = root?.contains(document.activeElement) && document.activeElement !== root;
        if (el && !alreadyIn) land(el);
        else if (el && alreadyIn) say(root!);
        if (el || ++frame > WAIT_FRAMES) return stop();
        handle = requestAnimationFrame(tick);
      };
      handle = requestAnimationFrame(tick);
    }),
  );
  onCleanup(() => cancel());
}

function land(el: HTMLElement): void {
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
  el.focus();
  if (el.tagName !== 'H1') el.scrollIntoView({ block: 'center' });
  say(el.closest('main') ?? document.body);
}

function say(root: HTMLElement): void {
  const name = root.querySelector('h1')?.textContent?.trim() ?? '';
  document.title = name ? `${name} · Mend` : 'Mend';
  setAnnouncement('');
  queueMicrotask(() => setAnnouncement(name));
}
