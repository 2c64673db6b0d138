import { createRenderEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * A form takes no change until its kept draft has been looked for. The form is on screen at once, and
 * the kept words arrive a moment later (on a slow disk, a synced or network folder, that moment can be
 * long): a change made in between could only be laid over words not yet seen, and every rule for that
 * loses one side or garbles both (a review showed each). Holding the form loses nothing: a key that
 * does not land is seen not to, and the words are there to go on with.
 *
 * Held, the form still takes the focus and Tab moves through it as always (a keyboard user who tabs in
 * at once is not thrown past it, and a screen reader still hears its note); what would change a value
 * is stopped: typing, pasting and dropping, keys other than Tab and Escape, clicks, and submitting
 * (Ctrl+Enter included, which clicks Save). Text fields are read-only meanwhile and pointers pass the
 * form by, with no visual change (`inert` was tried: it took the form out of the Tab order, and a
 * keyboard user tabbing in at once landed past it). After a short wait it says what it is doing (`slow`).
 */
const SLOW_MS = 400;
const PASS_KEYS = new Set(['Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);
/** Fields whose value is typed (textarea's type is "textarea"). */
const TEXT_LIKE = /^(text|textarea|search|email|url|tel|number|password|date|datetime-local|time|month|week)$/;

export function createDraftGate(open: Accessor<boolean>) {
  const [slow, setSlow] = createSignal(false);
  const timer = setTimeout(() => setSlow(!open()), SLOW_MS);
  onCleanup(() => clearTimeout(timer));
  createRenderEffect(() => {
    if (open()) setSlow(false);
  });
  const stop = (e: Event): void => {
    if (open()) return;
    if (e instanceof KeyboardEvent && PASS_KEYS.has(e.key) && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  return {
    /** True when the lookup has taken long enough to say so. */
    slow,
    /** Use as the form's `ref`: the element takes no change until the kept draft is known. */
    gate(el: HTMLElement): void {
      // Capturing, on the form itself: before any field's own handler, and before Solid's delegated ones.
      for (const type of ['beforeinput', 'keydown', 'click', 'submit', 'paste', 'drop'] as const) el.addEventListener(type, stop, true);
      // And said the way the page's own tools read it: its text fields read-only, pointers passing by
      // (no visual change), so anything that waits for a field to be editable or clickable waits.
      const madeReadOnly: (HTMLInputElement | HTMLTextAreaElement)[] = [];
      const holdFields = (): void => {
        if (open()) return;
        for (const field of el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
          if (!field.readOnly && TEXT_LIKE.test(field.type)) {
            field.readOnly = true;
            madeReadOnly.push(field);
          }
        }
      };
      createRenderEffect(() => {
        const held = !open();
        if (held) el.setAttribute('aria-busy', 'true');
        else el.removeAttribute('aria-busy');
        el.style.pointerEvents = held ? 'none' : '';
        if (held) queueMicrotask(holdFields); // once the form's fields are drawn into it
        else for (const field of madeReadOnly.splice(0)) field.readOnly = false;
      });
    },
  };
}
