import type { Accessor, JSX } from 'solid-js';
import type { Journal } from '../../../../core/model/journal';

/**
 * What features add to a person's page. Each feature registers its timeline entries, its actions
 * and its sections here, so the page itself stays small and features stay out of each other's files.
 */
export interface TimelineEntry {
  /** Unique within the page, e.g. `incident:<id>`. */
  key: string;
  /** ISO moment the entry is placed at. */
  at: string;
  /**
   * Among entries placed at the same moment, earlier first (the entry's createdAt): an entry brought
   * back by Undo is written again under a new id, and without it went to the end of its moment.
   */
  order?: string;
  /** What kind of entry, shown as a small label: "Incident", "Preparation". */
  kind: string;
  /** One line a tired reader can scan. Plain text. */
  title: string;
  /** Short plain-text markers: "Hot check", "Kept", "Draft". */
  badges?: string[];
  /** The full entry, shown in place when opened. */
  render?: () => JSX.Element;
}

/** `refresh` reloads the journal after an entry changed it in place (an edit, a removal). */
export type TimelineSource = (journal: Journal, refresh: () => void) => TimelineEntry[];

export interface PageAction {
  label: string;
  href: (journal: Journal) => string;
  /** The one obvious next action is drawn as the primary button. */
  primary?: (journal: Journal) => boolean;
}

export interface PageSection {
  key: string;
  /**
   * `journal` is read anew after every refresh: pass `journal()` in JSX (a getter) so the section
   * redraws when an entry is removed or restored, instead of keeping the journal it first saw.
   */
  render: (journal: Accessor<Journal>, refresh: () => void) => JSX.Element;
}

export const TIMELINE_SOURCES: TimelineSource[] = [];
export const PAGE_ACTIONS: PageAction[] = [];
/** Sections drawn between the header and the notes (e.g. the trust chart and verdict). */
export const PAGE_SECTIONS: PageSection[] = [];
