import { createSignal } from 'solid-js';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

const [notices, setNotices] = createSignal<Notice[]>([]);
export { notices };
let next = 1;

const SHOWN_MS = 4000;
/** Notices whose time ran out while held: they go once the pointer and focus leave. */
const due = new Set<number>();
/** What holds the notices now: the pointer resting on them, the focus in them, or both. */
const holders = new Set<'pointer' | 'focus'>();
const isHeld = () => holders.size > 0;

/** A short message in a corner of the window: saved, moved to trash, or what went wrong. */
export function showNotice(text: string, tone: Notice['tone'] = 'info'): void {
  const id = next++;
  // Three at most; in a narrow window one (errors kept), as three there cover half the form.
  const narrow = window.innerWidth < 800;
  setNotices((list) => [...(narrow ? list.filter((n) => n.tone === 'error').slice(-1) : list.slice(-2)), { id, text, tone }]);
  // Errors stay until dismissed: a stressed reader should not have to catch them in time.
  if (tone === 'info') setTimeout(() => (isHeld() ? due.add(id) : dismissNotice(id)), SHOWN_MS);
}

/**
 * While the pointer rests on the notices or the focus is in them, none leaves on its own: a message
 * being read (or its close button about to be pressed) never vanishes from under the reader. Those
 * whose time ran out meanwhile go a moment after release.
 */
export function holdNotices(by: 'pointer' | 'focus', on: boolean): void {
  if (on) holders.add(by);
  else holders.delete(by);
  if (isHeld() || due.size === 0) return;
  const ids = [...due];
  due.clear();
  setTimeout(() => {
    if (isHeld()) for (const id of ids) due.add(id);
    else for (const id of ids) dismissNotice(id);
  }, 1000);
}

export function dismissNotice(id: number): void {
  due.delete(id);
  setNotices((list) => list.filter((n) => n.id !== id));
  // The last one gone: no mouseleave may come until the pointer moves again, and the focus has left.
  if (notices().length === 0) holders.clear();
}
