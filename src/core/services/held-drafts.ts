import type { HeldDraft } from '../model/draft';

/**
 * Text the page could not save when Mend locked (a full disk), held in main's memory only: never
 * written to disk, where it would sit unencrypted or be refused again, and handed back only after an
 * unlock, since the channel that returns it is closed while Mend is locked. Gone when Mend quits,
 * which the page's flush report has already told main about.
 */
export interface HeldDrafts {
  hold(items: readonly HeldDraft[]): void;
  /** Everything held, once: a second call returns nothing. */
  take(): HeldDraft[];
}

export function createHeldDrafts(): HeldDrafts {
  const held = new Map<string, HeldDraft>();
  return {
    hold(items) {
      // A newer hold of the same form replaces the older one.
      for (const item of items) held.set(item.key, structuredClone(item));
    },
    take() {
      const all = [...held.values()];
      held.clear();
      return all;
    },
  };
}
