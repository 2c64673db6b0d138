/**
 * When someone last typed. Mend can lock while a person is typing (another computer turned encryption
 * on, or the idle lock came just as they started again): the lock screen uses this to keep the rest of
 * their sentence out of its passphrase field. Keys count wherever they land (while the form gives way
 * to the lock screen they land on the page itself); shortcuts (Ctrl, Cmd or Alt held) are not typing:
 * pressing the lock shortcut and then the passphrase must go straight into the field.
 *
 * A lock reloads the window, so the moment is handed across the reload in sessionStorage: a time, never
 * a key or any text.
 */
const STORAGE_KEY = 'mend:last-typed-at';
/** A page open this long has been in use: a lock screen it shows came in the middle of the session. */
const SETTLED_MS = 2000;

/** This page came from a reload in this window (as a lock reloads it): the page before it handed over. */
let reloaded = false;
let lastTypedAt = readHandedOver();

function readHandedOver(): number {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
    reloaded = raw !== null;
    const at = Number(raw);
    return at > 0 ? at : Number.NEGATIVE_INFINITY;
  } catch {
    return Number.NEGATIVE_INFINITY; // no storage here: the lock screen then takes the focus at once, as before
  }
}

// Capture phase, so a handler that stops the event elsewhere cannot hide a key from this.
window.addEventListener('keydown', (e) => {
  if (!e.ctrlKey && !e.metaKey && !e.altKey) lastTypedAt = Date.now();
}, { capture: true });

window.addEventListener('pagehide', () => {
  try {
    sessionStorage.setItem(STORAGE_KEY, String(Number.isFinite(lastTypedAt) ? lastTypedAt : 0));
  } catch {
    /* as above */
  }
});

/** Milliseconds since a key was last typed (Infinity when none yet). */
export function msSinceTyping(): number {
  return Date.now() - lastTypedAt;
}

/**
 * Whether a lock screen showing now came in the middle of use (the idle lock, Lock now, a change made on
 * another computer), not at Mend's start, where the passphrase is the first thing anyone types.
 */
export function lockedMidSession(): boolean {
  return reloaded || performance.now() > SETTLED_MS;
}
