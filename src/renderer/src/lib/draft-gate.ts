import { createEffect, createRenderEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';

/**
 * A form takes no typing, clicks or focus until its kept draft has been looked for. The form is on
 * screen at once, and the kept words arrive a moment later (on a slow disk, a synced or network folder,
 * that moment can be long): a change made in between could only be laid over words not yet seen, and
 * any rule for that loses one side or garbles both (a review showed each). Holding the form instead
 * loses nothing: a key that does not land is seen not to, and the words are there to go on with.
 *
 * The form is `inert` meanwhile (no visual change: the lookup usually answers within a frame); after
 * a short wait it says what it is doing, through `slow`.
 */
const SLOW_MS = 400;

/** Per gated form element: where to put the focus once it opens (asked while it was held). */
const focusWanted = new WeakMap<HTMLElement, HTMLElement>();
const GATE = 'data-draft-gate';

export function createDraftGate(open: Accessor<boolean>) {
  const [slow, setSlow] = createSignal(false);
  const timer = setTimeout(() => setSlow(!open()), SLOW_MS);
  onCleanup(() => clearTimeout(timer));
  const gates = new Set<HTMLElement>();
  createEffect(on(open, (isOpen) => {
    if (!isOpen) return;
    setSlow(false);
    for (const el of gates) {
      const target = focusWanted.get(el);
      focusWanted.delete(el);
      // Unless the person has gone on to type somewhere else meanwhile.
      if (target?.isConnected && !typingElsewhere(el)) target.focus();
    }
  }, { defer: true }));
  return {
    /** True when the lookup has taken long enough to say so. */
    slow,
    /** Use as the form's `ref`: the element is held until the kept draft is known. */
    gate(el: HTMLElement): void {
      gates.add(el);
      el.setAttribute(GATE, '');
      createRenderEffect(() => {
        const held = !open();
        el.inert = held;
        if (held) el.setAttribute('aria-busy', 'true');
        else el.removeAttribute('aria-busy');
      });
    },
  };
}

/**
 * Focuses a field of a form, now or, if the form is still held for its kept draft, as soon as it
 * opens (a form opened "to write in" asks for the focus before its draft has arrived).
 */
export function focusWhenOpen(el: HTMLElement | null | undefined): void {
  if (!el) return;
  const gate = el.closest<HTMLElement>(`[${GATE}]`);
  if (gate?.inert) focusWanted.set(gate, el);
  else el.focus();
}

function typingElsewhere(gate: HTMLElement): boolean {
  const active = document.activeElement as HTMLElement | null;
  if (!active || gate.contains(active)) return false;
  return active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
}
