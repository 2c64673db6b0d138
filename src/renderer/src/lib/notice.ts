import { createSignal } from 'solid-js';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

const [notices, setNotices] = createSignal<Notice[]>([]);
export { notices };
let next = 1;

/** A short message at the bottom of the window: saved, moved to trash, or what went wrong. */
export function showNotice(text: string, tone: Notice['tone'] = 'info'): void {
  const id = next++;
  setNotices((list) => [...list.slice(-2), { id, text, tone }]);
  // Errors stay until dismissed: a stressed reader should not have to catch them in time.
  if (tone === 'info') setTimeout(() => dismissNotice(id), 4000);
}

export function dismissNotice(id: number): void {
  setNotices((list) => list.filter((n) => n.id !== id));
}
