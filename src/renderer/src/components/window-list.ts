import { batch, createComputed, createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import '../styles/window-list.css';
import { createWindowVirtualizer, defaultRangeExtractor, type Range, type VirtualItem } from '@tanstack/solid-virtual';

export interface WindowListOptions {
  /** Every item's stable key, in order (entry keys, person ids). */
  keys: Accessor<readonly string[]>;
  /** A first guess at an item's height in px; each drawn item is then measured. */
  estimate: number;
  /** For a grid of cards: the narrowest a card gets, in px; as many columns as fit (one when absent). */
  minColumnWidth?: Accessor<number>;
  /** Keys that must stay drawn wherever the page is scrolled (an entry opened for editing). */
  keep?: Accessor<ReadonlySet<string>>;
  /**
   * What is on screen stays where it is when items come or go above it (an entry written on the other
   * computer, placed at the top), so someone reading far down is not moved. Not while the list's top is
   * itself on screen: an item added there is seen arriving.
   */
  keepPlace?: boolean;
}

/**
 * A long list scrolled with the window that draws only what is on screen, plus a margin
 * (@tanstack/solid-virtual). Items have their own heights, measured as they are drawn. The item that
 * holds the keyboard focus, and any the caller keeps, stay drawn when they scroll out of view, so
 * focus is never dropped on the page and nothing typed in an open entry is lost. When the page is
 * printed, every item is drawn in normal flow (`printing`).
 */
export function createWindowList(options: WindowListOptions) {
  const [list, setList] = createSignal<HTMLElement>();
  const [margin, setMargin] = createSignal(0);
  const [gap, setGap] = createSignal(0);
  const [width, setWidth] = createSignal(0);
  const [focusedKey, setFocusedKey] = createSignal<string | null>(null);
  const printing = createPrinting();
  // A memo: the virtualizer reads its lanes often, and a card's narrowest width may ask the page's style.
  const columns = createMemo(() => {
    const min = options.minColumnWidth?.();
    return min ? Math.max(1, Math.floor((width() + gap()) / (min + gap()))) : 1;
  });
  const columnWidth = () => (width() - gap() * (columns() - 1)) / columns();
  const indexOf = createMemo(() => new Map(options.keys().map((key, i) => [key, i])));
  const pinned = createMemo(() => {
    const kept = [...(options.keep?.() ?? [])].map((k) => indexOf().get(k));
    // The focused item's neighbours too, so Tab and Shift+Tab go on to them from anywhere.
    const focused = focusedKey() === null ? undefined : indexOf().get(focusedKey()!);
    const around = focused === undefined ? [] : [focused - 1, focused, focused + 1];
    return [...kept, ...around].filter((i): i is number => i !== undefined && i >= 0 && i < options.keys().length);
  });
  const virtualizer = createWindowVirtualizer({
    get count() {
      return options.keys().length;
    },
    estimateSize: () => options.estimate,
    // A new function when the keys change, so sizes measured stay with their items.
    get getItemKey() {
      const keys = options.keys();
      return (i: number) => keys[i] ?? i;
    },
    overscan: 6,
    get gap() {
      return gap();
    },
    get lanes() {
      return columns();
    },
    get scrollMargin() {
      return margin();
    },
    // A new function when the pinned items change, so the virtualizer works out its range again.
    get rangeExtractor() {
      const extra = pinned();
      return (range: Range) => withPinned(defaultRangeExtractor(range), extra);
    },
  });
  createEffect(() => {
    const el = list();
    if (!el) return;
    // Whatever sits above the list (a chart drawn late, a notice) moves where the list starts.
    const measure = () => {
      setMargin(el.getBoundingClientRect().top + window.scrollY);
      setGap(parseFloat(getComputedStyle(el).rowGap) || 0);
      setWidth(el.clientWidth);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el.closest('main') ?? document.documentElement);
    observer.observe(el);
    measure();
    onCleanup(() => observer.disconnect());
  });
  // Drawing a new range can move the focused item's node in the page, which drops the focus on the
  // body: it is given back, so the keyboard goes on from where it was.
  let lastFocused: HTMLElement | null = null;
  const giveFocusBack = () => {
    const el = list();
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && lastFocused?.isConnected && el?.contains(lastFocused)) lastFocused.focus({ preventScroll: true });
    else if (!el?.contains(document.activeElement)) setFocusedKey(null);
  };
  createEffect(() => {
    void virtualizer.getVirtualItems().length; // runs again after each new range is drawn
    if (focusedKey() !== null) queueMicrotask(giveFocusBack);
  });
  const track = (el: HTMLElement) => {
    setList(el);
    el.addEventListener('focusin', (e) => {
      lastFocused = e.target instanceof HTMLElement ? e.target : null;
      setFocusedKey(keyOf(e.target));
    });
    el.addEventListener('focusout', (e) => {
      if (e.relatedTarget instanceof Node && el.contains(e.relatedTarget)) return;
      if (e.relatedTarget) setFocusedKey(null);
      else requestAnimationFrame(giveFocusBack);
    });
  };
  if (options.keepPlace) {
    let holding = 0;
    createComputed(
      on(options.keys, () => {
        // Run as the keys change, before the items are moved on screen: where the first item in view is now.
        const anchor = firstInView();
        if (!anchor) return;
        cancelAnimationFrame(holding);
        let frames = 0;
        // The new items are measured over the next frames (the window may be scrolled for them too): the
        // item is held in place until they are.
        const hold = () => {
          const el = list()?.querySelector(`:scope > [data-key="${CSS.escape(anchor.key)}"]`);
          if (!el) return;
          const moved = el.getBoundingClientRect().top - anchor.top;
          if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
          if (++frames < 10) holding = requestAnimationFrame(hold);
        };
        holding = requestAnimationFrame(hold);
      }, { defer: true }),
    );
    onCleanup(() => cancelAnimationFrame(holding));
  }
  const firstInView = (): { key: string; top: number } | null => {
    const el = list();
    if (!el || printing() || el.getBoundingClientRect().top >= 0) return null;
    let first: { key: string; top: number } | null = null;
    for (const item of el.querySelectorAll<HTMLElement>(':scope > [data-key]')) {
      const box = item.getBoundingClientRect();
      if (box.bottom > 0 && (!first || box.top < first.top)) first = { key: item.dataset.key!, top: box.top };
    }
    return first;
  };
  /** Scrolls the window so the item with this key is drawn, centred; resolves with it once it is in the page. */
  const reveal = (key: string): Promise<HTMLElement | null> => {
    const i = indexOf().get(key);
    if (i === undefined) return Promise.resolve(null);
    virtualizer.scrollToIndex(i, { align: 'center' });
    return new Promise((done) => {
      let frames = 0;
      const look = () => {
        const el = list()?.querySelector<HTMLElement>(`:scope > [data-key="${CSS.escape(key)}"]`);
        if (el?.isConnected || ++frames > 60) done(el ?? null);
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
  };
  const items = (): VirtualItem[] => virtualizer.getVirtualItems();
  const total = () => virtualizer.getTotalSize();
  // Called as an item's ref, before Solid puts it in the page: measured once it is there, then on resize.
  // The items drawn together are measured together, in one batch: each measurement moves the items
  // below it, and moving them between two measurements made the browser lay the page out again for
  // every item (a screen of cards cost a second).
  let unmeasured: Element[] = [];
  const measureAll = () => {
    const els = unmeasured;
    unmeasured = [];
    batch(() => els.forEach((el) => virtualizer.measureElement(el)));
  };
  const measure = (el: Element) => {
    if (unmeasured.push(el) === 1) queueMicrotask(measureAll);
  };
  /** Where an item sits: its column's left edge and its top, from the list's own corner. */
  const place = (item: VirtualItem) => ({ x: item.lane * (columnWidth() + gap()), y: item.start - margin() });
  return { virtualizer, items, track, reveal, measure, printing, total, place, columnWidth };
}

function keyOf(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest<HTMLElement>('[data-key]')?.dataset.key ?? null) : null;
}

function withPinned(range: number[], pinned: readonly number[]): number[] {
  if (pinned.length === 0) return range;
  return [...new Set([...range, ...pinned])].sort((a, b) => a - b);
}

/** True while the page is being printed (or emulates print), when every item must be on paper. */
function createPrinting(): Accessor<boolean> {
  const media = window.matchMedia('print');
  const [printing, setPrinting] = createSignal(media.matches);
  const on = () => setPrinting(true);
  const off = () => setPrinting(media.matches);
  const change = () => setPrinting(media.matches);
  window.addEventListener('beforeprint', on);
  window.addEventListener('afterprint', off);
  media.addEventListener('change', change);
  onCleanup(() => {
    window.removeEventListener('beforeprint', on);
    window.removeEventListener('afterprint', off);
    media.removeEventListener('change', change);
  });
  return printing;
}
