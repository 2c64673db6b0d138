import type { HeldDraft } from '../model/draft';

/**
 * Text the page could not save when Mend locked (a full disk), held in main's memory only: never
 * written to disk while locked, where it would sit unencrypted, and handed back only after an
 * unlock, since the channel that returns it is closed while Mend is locked. Before Mend quits, main
 * calls `keep`: with the journal open it becomes a draft; what is still only here, main asks about.
 */
export interface HeldDrafts {
  hold(items: readonly HeldDraft[]): void;
  /** Everything held, once: a second call returns nothing. */
  take(): HeldDraft[];
  /**
   * Stores each held form text with `save` (null while locked: nothing can be written); what is
   * stored stops being held. Resolves with the labels of what is still held, in memory only.
   */
  keep(save: ((item: HeldDraft) => Promise<void>) | null): Promise<string[]>;
}

/** Held preparations and debriefs are patches of their record, which their editor applies; no draft can carry one. */
const RECORD_PATCH = /^(preparation|debrief):/;

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
    async keep(save) {
      for (const item of [...held.values()]) {
        if (save === null || RECORD_PATCH.test(item.key)) continue;
        try {
          await save(item);
          // A newer hold of the same form that arrived meanwhile stays held.
          if (held.get(item.key) === item) held.delete(item.key);
        } catch {
          // Still held (a full disk): main asks before letting it go.
        }
      }
      return [...new Set([...held.values()].map((item) => item.label))];
    },
  };
}
