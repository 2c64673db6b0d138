import { createSignal } from 'solid-js';
import { call } from './api';
import { trackPendingSave, type HeldText } from './pending-saves';

/**
 * Text that could not be saved and whose form is not open: held by main while Mend was locked and
 * taken back after the unlock, or left by a form closed while the disk refused its draft. It waits here,
 * in this window's memory, until its form opens again; meanwhile it counts as unsaved (closing, quitting
 * and locking flush it and report it) and every flush tries to store it as a draft again.
 */
const waiting = new Map<string, HeldText>();
const [labels, setLabels] = createSignal<string[]>([]);
export { labels as heldBackLabels };

let collected: Promise<void> = Promise.resolve();

/** Resolves once what main held has arrived (forms wait for it before they fill in). */
export const heldBackSettled = (): Promise<void> => collected;

/** After an unlock: fetches what main held (once); a failure leaves it held in main for the next try. */
export function collectHeldBack(): Promise<void> {
  collected = fetchHeld();
  return collected;
}

async function fetchHeld(): Promise<void> {
  const items = await call('held-drafts:take', {});
  if (items.length === 0) return;
  for (const item of items) waiting.set(item.key, item);
  setLabels([...new Set(items.map((i) => i.label))]);
  // If the disk has room again, the drafts are safe on disk before any form is even opened.
  await storeWaiting();
}

/** Keeps a closed form's unsaved text in this window until the form opens again. */
export function keepInWindow(item: HeldText): void {
  waiting.set(item.key, item);
}

/** The waiting text for one form, once, with what its form opened with if it could not look (HeldText.opened); null when there is none. */
export function takeHeldItem(key: string): HeldText | null {
  const item = waiting.get(key);
  waiting.delete(key);
  return item ?? null;
}

/** The waiting text's fields for one form, once; null when there is none. */
export const takeHeldBack = (key: string): Record<string, unknown> | null => takeHeldItem(key)?.fields ?? null;

export function dismissHeldBack(): void {
  setLabels([]);
}

/**
 * Unsaved changes to a preparation or a debrief are patches of that record, not drafts: they are
 * saved by their editor when it opens, so they wait here until then.
 */
const RECORD_PATCH = /^(preparation|debrief):/;

/** Tries to store each waiting form text as its draft; what is stored stops waiting. */
async function storeWaiting(): Promise<boolean> {
  const items = [...waiting.values()];
  const results = await Promise.all(
    items.filter((item) => !RECORD_PATCH.test(item.key)).map(async (item) => {
      try {
        // Held by a form that never saw what was kept for it: stored beside those words, not over them.
        await call('drafts:save', { key: item.key, fields: item.fields, ...(item.opened ? { opened: item.opened } : {}) });
        if (waiting.get(item.key) === item) waiting.delete(item.key);
        return true;
      } catch {
        return false; // still waiting, and reported as unsaved
      }
    }),
  );
  return results.every(Boolean) && items.every((item) => !RECORD_PATCH.test(item.key));
}

trackPendingSave({
  get label() {
    return [...new Set([...waiting.values()].map((i) => i.label))].join(', ') || 'something you typed';
  },
  dirty: () => waiting.size > 0,
  flush: storeWaiting,
  sendNow: () => void storeWaiting(),
  held: () => [...waiting.values()],
});
