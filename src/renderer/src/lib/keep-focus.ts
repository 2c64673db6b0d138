/**
 * Chromium moves focus to the page when the focused button is disabled, as Save and the Settings
 * actions are while their work runs: a keyboard or screen-reader user is then lost, and a message
 * shown below the fold goes unseen. These put focus where the user can go on from.
 */

/** Runs `work`; afterwards focus returns to where it was, unless something else has taken it meanwhile. */
export async function keepingFocus<T>(work: () => Promise<T>): Promise<T> {
  const from = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  try {
    return await work();
  } finally {
    queueMicrotask(() => {
      const now = document.activeElement;
      if (from?.isConnected && (now === null || now === document.body)) from.focus({ preventScroll: true });
    });
  }
}

/**
 * When a form was last submitted, and when a field last took typing. A Save waits for the core, and a
 * person may go on typing meanwhile: moving the focus then would send the rest of their words into
 * another field mid-word (seen in a test under load). So a refusal that comes while someone is typing
 * since they pressed Save leaves the focus where they type; its message is an alert, read out anyway.
 */
let lastSubmit = -1;
let lastInput = -1;
if (typeof document !== 'undefined') {
  document.addEventListener('submit', () => void (lastSubmit = performance.now()), true);
  document.addEventListener('input', () => void (lastInput = performance.now()), true);
}

/** Someone is typing in a text field, and began after the last Save was pressed. */
function typingSinceSubmit(): boolean {
  const at = document.activeElement;
  const text = at instanceof HTMLTextAreaElement || (at instanceof HTMLInputElement && /^(text|search|url|tel|email)$/.test(at.type));
  return text && lastSubmit >= 0 && lastInput > lastSubmit;
}

/**
 * After a refusal: the field that says why takes focus (for a message under a group of choices, the
 * group's chosen control, else its first: an arrow key then moves from the choice on screen, never
 * changing it unasked), or, for a message no field shows, the message itself; it is scrolled into view.
 * Not while someone types since pressing Save (typingSinceSubmit).
 */
export function focusProblem(within: ParentNode = document): void {
  queueMicrotask(() => {
    if (typingSinceSubmit()) return;
    const invalid = within.querySelector<HTMLElement>('[aria-invalid="true"]');
    const said = within.querySelector<HTMLElement>('.field-error, .error-box[role="alert"]');
    const group = said?.closest('fieldset, .field');
    const field = invalid ?? group?.querySelector<HTMLElement>('input[type="radio"]:checked') ?? group?.querySelector<HTMLElement>('input, textarea, select') ?? null;
    const target = field ?? said;
    if (!target) return;
    if (!field && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  });
}

/**
 * After a list was read again without the row whose button had the focus: the first element matching
 * `next` takes it, or the element with id `fallback` (a heading), unless something else has it already.
 */
export function focusIfLost(next: string, fallback: string): void {
  queueMicrotask(() => {
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    (document.querySelector<HTMLElement>(next) ?? document.getElementById(fallback))?.focus();
  });
}

/**
 * After an entry was saved and the list is read again (its rows drawn anew): once the focus has fallen
 * to the page and `selector` matches, that element takes it. Tried for a second, frame by frame.
 */
export function focusOnceBack(selector: string): void {
  const until = performance.now() + 1000;
  const tick = (): void => {
    const target = document.querySelector<HTMLElement>(selector);
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (target && lost) return target.focus();
    if (performance.now() < until) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
