import { onCleanup, onMount } from 'solid-js';
import { SHORTCUTS } from './shortcuts';
import { chooseByDigit } from './digit-choice';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** One keydown listener for every shortcut. While a dialog is open only the palette's own key works. */
export function ShortcutHost() {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing || chooseByDigit(e)) return;
    const shortcut = SHORTCUTS.find((s) => s.matches(e));
    if (!shortcut || (!shortcut.whileTyping && typing(e.target))) return;
    const dialogOpen = document.querySelector('dialog[open]:not(.palette):not(.sheet)') !== null;
    if (dialogOpen) return;
    // The list of shortcuts says they work everywhere: it steps aside for one pressed while it is open
    // (it took every key, so Ctrl+K from the list did nothing; found by a helper).
    document.querySelector<HTMLDialogElement>('dialog.sheet[open]')?.close();
    if (document.querySelector('dialog.palette[open]') && shortcut.keys.at(-1) !== 'K' && shortcut.keys.at(-1) !== 'F') return;
    e.preventDefault();
    shortcut.run();
  };
  onMount(() => window.addEventListener('keydown', onKey));
  onCleanup(() => window.removeEventListener('keydown', onKey));
  return null;
}
