import { createSignal } from 'solid-js';
import { path, type RoutePattern } from '../../lib/router';

/** What can be done for one person; the palette and the shortcuts share this list. */
export interface PersonAction {
  id: 'check' | 'incident' | 'prepare' | 'debrief' | 'person';
  label: string;
  pattern: Extract<RoutePattern, '/r/:id' | `/r/:id/${string}/new`>;
}

export const PERSON_ACTIONS: readonly PersonAction[] = [
  { id: 'check', label: 'Take a trust check', pattern: '/r/:id/check/new' },
  { id: 'incident', label: 'Log an incident', pattern: '/r/:id/incident/new' },
  { id: 'prepare', label: 'Prepare a conversation', pattern: '/r/:id/prepare/new' },
  { id: 'debrief', label: 'Debrief a conversation', pattern: '/r/:id/debrief/new' },
  { id: 'person', label: 'Open', pattern: '/r/:id' },
];

export type PaletteMode = { kind: 'all' } | { kind: 'person'; action: PersonAction };

const [mode, setMode] = createSignal<PaletteMode | null>(null);
/** The palette's state: null when closed. */
export const paletteMode = mode;
export const openPalette = (next: PaletteMode = { kind: 'all' }): void => {
  setMode(next);
};
export const closePalette = (): void => {
  setMode(null);
};

const [sheetOpen, setSheetOpen] = createSignal(false);
export { sheetOpen, setSheetOpen };

/** The person whose screens are open ("/r/<id>/…"), if any: shortcuts act for them. */
export function currentPersonId(): string | null {
  const parts = path().split('/');
  return parts[1] === 'r' && parts[2] ? decodeURIComponent(parts[2]) : null;
}
