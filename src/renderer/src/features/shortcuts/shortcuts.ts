import { go, to, navigate } from '../../lib/router';
import { NAV_ITEMS } from '../../routes';
import { PERSON_ACTIONS, currentPersonId, openPalette, paletteMode, closePalette, setSheetOpen, type PersonAction } from '../palette/palette-state';

/** Apple keyboards use ⌘ where others use Ctrl; both are accepted everywhere. */
export const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';

export interface Shortcut {
  /** Keys as shown in the sheet, e.g. ["Ctrl", "K"]. */
  keys: string[];
  label: string;
  /** Also while the cursor is in a text field (every chord with Ctrl/⌘ is). */
  whileTyping: boolean;
  matches: (e: KeyboardEvent) => boolean;
  run: () => void;
}

const mod = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;
const chord = (code: string, shift = false) => (e: KeyboardEvent) => mod(e) && e.shiftKey === shift && e.code === code;

/** Acts for the person on screen, or asks which person first. */
export function forPerson(action: PersonAction): void {
  const id = currentPersonId();
  if (id) go(action.pattern, { id });
  else openPalette({ kind: 'person', action });
}

const action = (id: PersonAction['id']) => PERSON_ACTIONS.find((a) => a.id === id)!;

/**
 * "Next step or save": submits the form the cursor is in when it has a submit button; otherwise
 * presses the screen's primary button (the preparation's "Next", a page's one main action).
 */
export function nextOrSave(): void {
  const form = document.activeElement?.closest('form');
  if (form?.querySelector('button[type="submit"]:not([disabled])')) return form.requestSubmit();
  const primary = [...document.querySelectorAll<HTMLElement>('main .button.primary')].find(
    (el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null,
  );
  primary?.click();
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [MOD, 'K'], label: 'Command palette: actions, people, screens', whileTyping: true, matches: chord('KeyK'),
    run: () => (paletteMode() ? closePalette() : openPalette()) },
  { keys: [MOD, 'F'], label: 'Search your journal', whileTyping: true, matches: chord('KeyF'), run: () => openSearch() },
  { keys: [MOD, 'Enter'], label: 'Next step, or save', whileTyping: true, matches: (e) => mod(e) && e.key === 'Enter', run: nextOrSave },
  { keys: [MOD, 'Shift', 'T'], label: 'Take a trust check', whileTyping: true, matches: chord('KeyT', true), run: () => forPerson(action('check')) },
  { keys: [MOD, 'Shift', 'L'], label: 'Log an incident', whileTyping: true, matches: chord('KeyL', true), run: () => forPerson(action('incident')) },
  { keys: [MOD, 'Shift', 'P'], label: 'Prepare a conversation', whileTyping: true, matches: chord('KeyP', true), run: () => forPerson(action('prepare')) },
  ...NAV_ITEMS.map((item, i) => ({
    keys: [MOD, String(i + 1)], label: `Go to ${item.label}`, whileTyping: true, matches: chord(`Digit${i + 1}`), run: () => navigate(to(item.to)),
  })),
  { keys: ['1', '…', '7'], label: 'In a numbered choice (a rating): pick that number and move on', whileTyping: true, matches: () => false, run: () => undefined },
  { keys: ['?'], label: 'This list of shortcuts', whileTyping: false, matches: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey,
    run: () => setSheetOpen(true) },
];

/** Opens Search with its box focused (from anywhere, even while Search is already open). */
export function openSearch(): void {
  closePalette();
  navigate(to('/search'));
  requestAnimationFrame(() => {
    const box = document.getElementById('search-box') as HTMLInputElement | null;
    box?.focus();
    box?.select();
  });
}
