/**
 * A keydown handler for a small form opened in place: Escape closes it (`close`), as in any desktop app.
 * Not while an input method is composing a character, nor when something inside (a dialog, the palette)
 * has already taken the key.
 */
export function onEscape(close: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    e.preventDefault();
    close();
  };
}
