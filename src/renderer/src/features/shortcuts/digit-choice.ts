/**
 * In a row of numbered choices (a 1–7 rating, "0 · Calm" to "3 · …"), typing a number picks that
 * choice and moves on to the next field, so a five-item rating takes five key presses, not twenty.
 * Works for any radio group whose labels start with their number; other keys are left alone.
 */
const TABBABLE = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex="0"]';

export function chooseByDigit(e: KeyboardEvent): boolean {
  const radio = e.target;
  if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !radio.name) return false;
  if (!/^\d$/.test(e.key) || e.ctrlKey || e.metaKey || e.altKey) return false;
  const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(radio.name)}"]`)];
  const pick = group.find((r) => r.closest('label')?.textContent?.trim().match(/^(\d+)(?!\d)/)?.[1] === e.key);
  if (!pick) return false;
  e.preventDefault();
  pick.click();
  nextAfter(group[group.length - 1]!, group)?.focus();
  return true;
}

/** The first element a Tab would reach after `last` (and outside its group), skipping radios of the same group. */
function nextAfter(last: HTMLElement, group: HTMLElement[]): HTMLElement | undefined {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)];
  return all.find(
    (el) => !group.includes(el) && (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && el.offsetParent !== null && el.tabIndex >= 0,
  );
}
