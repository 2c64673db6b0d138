import { createRenderEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * A form takes no change until its kept draft has been looked for. The form is on screen at once, and
 * the kept words arrive a moment later (on a slow disk, a synced or network folder, that moment can be
 * long): a change made in between could only be laid over words not yet seen, and every rule for that
 * loses one side or garbles both (a review showed each). Holding the form loses nothing: characters
 * typed into a text field meanwhile (or committed by an input method) are kept, in order, and typed in
 * where the caret is once the form opens (after the kept words, which put the caret at their end); a
 * Backspace right after them takes the last one back. Other keys do not land, and are seen not to; one
 * that edits the words or moves the caret between held characters means that field's held characters
 * are not typed in at all, rather than typed in out of place (`editKey`).
 *
 * Held, the form still takes the focus and Tab moves through it as always (a keyboard user who tabs in
 * at once is not thrown past it, and a screen reader still hears its note); what would change a value
 * is stopped: typing, pasting and dropping, keys other than Tab and Escape (and Escape too while Save
 * writes), clicks, and submitting
 * (Ctrl+Enter included, which clicks Save). Text fields are read-only meanwhile and pointers pass the
 * form by, with no visual change (`inert` was tried: it took the form out of the Tab order, and a
 * keyboard user tabbing in at once landed past it). After a short wait it says what it is doing (`slow`).
 *
 * The same hold covers the moment Save writes the entry (`holdForWrite`): Save has read the screen, and
 * the form closes once the entry is stored, so a key landing now would be shown, then gone with it. Held,
 * it is seen not to land; if the write is refused the form stays, and the held characters are typed in.
 */
/** A form whose entry was stored but which is somehow still on screen this long after is let go (see `left`). */
const LEFT_MS = 2_000;
const SLOW_MS = 400;
const PASS_KEYS = new Set(['Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);
/** Keys that take words away: held characters after them would be typed in beside what was meant gone. */
const DELETE_KEYS = new Set(['Backspace', 'Delete']);
/**
 * Keys that move the caret. Before any held character they change nothing (held characters are typed
 * in where the caret is once the form opens, after the kept words); between two, they would put the
 * later ones out of place.
 */
const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** With Ctrl or Cmd: select all, cut, paste, undo, redo. */
const EDIT_SHORTCUTS = new Set(['a', 'x', 'v', 'z', 'y']);
/** Fields whose value is typed (textarea's type is "textarea"). */
const TEXT_LIKE = /^(text|textarea|search|email|url|tel|number|password|date|datetime-local|time|month|week)$/;
/** Fields whose held keystrokes are typed in later: those with a caret to type at (not email, number or dates). */
const TYPED_IN = /^(text|textarea|search|url|tel|password)$/;

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The event's target when it is a held text field whose keys are typed in later, or null. */
function typedInField(target: EventTarget | null): TextField | null {
  return (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && TYPED_IN.test(target.type) ? target : null;
}

/** The text a key would have typed into a text field, or null (other keys, shortcuts, an IME composing). */
function typedBy(e: Event): { field: TextField; text: string } | null {
  if (!(e instanceof KeyboardEvent) || e.type !== 'keydown' || e.isComposing) return null;
  const field = typedInField(e.target);
  if (!field) return null;
  // AltGr is Ctrl+Alt on Windows, and types characters ("@" on a German keyboard).
  if (e.metaKey || ((e.ctrlKey || e.altKey) && !e.getModifierState('AltGraph'))) return null;
  if ([...e.key].length === 1) return { field, text: e.key };
  if (e.key === 'Enter' && field instanceof HTMLTextAreaElement) return { field, text: '\n' };
  return null;
}

/** Text an input method (or a tool such as dictation) commits into a text field, or null. */
function insertedBy(e: Event): { field: TextField; text: string } | null {
  if (!(e instanceof InputEvent) || e.type !== 'beforeinput' || e.inputType !== 'insertText' || !e.data) return null;
  const field = typedInField(e.target);
  if (!field) return null;
  return { field, text: e.data };
}

/** Types `text` into `field` at its caret, as a key would have, so the form's own input handling hears it. */
function typeIn(field: TextField, text: string): void {
  if (!field.isConnected || field.readOnly || field.disabled) return;
  const end = field.selectionEnd ?? field.value.length;
  field.setRangeText(text, field.selectionStart ?? end, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** While Save writes the entry (createDraftGate's `holdForWrite`): what to do once it is done. */
export interface WriteHold {
  /** The write was refused and the form stays: it takes keys again, and the held characters are typed in. */
  refused(): void;
  /** The entry is stored and the form is closing: held characters are dropped (they never showed), and it stays held. */
  left(): void;
}

/** `lookedUp`: the kept draft has been looked for (found or not). */
export function createDraftGate(lookedUp: Accessor<boolean>) {
  const [slow, setSlow] = createSignal(false);
  /** Save is writing the entry: nothing may change what it read. */
  const [writing, setWriting] = createSignal(false);
  const open = (): boolean => lookedUp() && !writing();
  const timer = setTimeout(() => setSlow(!lookedUp()), SLOW_MS);
  let leftTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => {
    clearTimeout(timer);
    clearTimeout(leftTimer);
  });
  createRenderEffect(() => {
    if (lookedUp()) setSlow(false);
  });
  /** Characters typed into held text fields, in order: typed in once the form opens. */
  const typed: { field: TextField; text: string }[] = [];
  /**
   * Held fields that took a key which edits or moves within the words (Delete, an arrow, Ctrl+V…): the
   * characters around it cannot be typed in as they were meant, so none of that field's are.
   */
  const garbled = new Set<TextField>();
  const hold = (field: TextField, text: string): void => {
    if (garbled.has(field)) return;
    const last = typed.at(-1);
    if (last?.field === field) last.text += text;
    else typed.push({ field, text });
  };
  /**
   * A key that types nothing, pressed in a held text field. Backspace right after held characters takes
   * the last one back, as it would have. Any other edit (Delete, Backspace into the words already there,
   * Ctrl+V…), or a move of the caret between held characters, means they cannot be typed in as meant:
   * none of that field's are (it is seen that they did not land), rather than words the person did not write.
   */
  const editKey = (e: KeyboardEvent): void => {
    const field = typedInField(e.target);
    if (!field || garbled.has(field)) return;
    const last = typed.at(-1);
    const plain = !(e.ctrlKey || e.metaKey || e.altKey);
    const holding = typed.some((t) => t.field === field);
    if (e.key === 'Backspace' && plain && last?.field === field) {
      // One character as the person sees it (an emoji with its joiners, a letter with its accent), as Backspace takes.
      last.text = [...GRAPHEMES.segment(last.text)].slice(0, -1).map((g) => g.segment).join('');
      if (last.text === '') typed.pop();
      return;
    }
    const shortcut = (e.ctrlKey || e.metaKey) && EDIT_SHORTCUTS.has(e.key.toLowerCase());
    if (DELETE_KEYS.has(e.key) || shortcut || (MOVE_KEYS.has(e.key) && holding)) {
      garbled.add(field);
      for (let i = typed.length - 1; i >= 0; i--) if (typed[i]!.field === field) typed.splice(i, 1);
    }
  };
  const stop = (e: Event): void => {
    if (open()) return;
    // Escape passes while the kept words are looked for (it leaves the form, keeping them), not while
    // Save writes: the form would close with the write still on its way, and its end act on a form
    // opened again meanwhile.
    const passes = e instanceof KeyboardEvent && PASS_KEYS.has(e.key) && !(e.ctrlKey || e.metaKey);
    if (passes && !(e.key === 'Escape' && writing())) return;
    const key = typedBy(e) ?? insertedBy(e);
    if (key) hold(key.field, key.text);
    else if (e instanceof KeyboardEvent && e.type === 'keydown' && !e.isComposing) editKey(e);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  /**
   * After the form opens, and after the kept words are put in (they arrive in the same turn as the
   * opening, and setting a field's value puts its caret at the end), so typing goes on after them.
   */
  const typeHeldKeys = (): void => {
    garbled.clear();
    for (const { field, text } of typed.splice(0)) typeIn(field, text);
  };
  return {
    /** True when the lookup has taken long enough to say so. */
    slow,
    /** Characters are waiting to be typed in (the form is still held). */
    hasTypedKeys: (): boolean => typed.length > 0,
    /**
     * Types the waiting characters in now, though the form is still held: it is being left, or everything
     * is being saved before the kept words came. The form's draft then hands them to the store with
     * what it opened with, so they land after those words (form-draft.ts). True when there were any.
     */
    typeHeldKeysNow(): boolean {
      garbled.clear();
      if (typed.length === 0) return false;
      for (const { field, text } of typed.splice(0)) {
        const readOnly = field.readOnly;
        field.readOnly = false;
        typeIn(field, text);
        field.readOnly = readOnly;
      }
      return true;
    },
    /**
     * Holds the form while Save writes what it read from the screen. Call it as the write is sent (nothing
     * can be typed between reading the screen and sending it: both happen in one turn), then say how the
     * write ended.
     */
    holdForWrite(): WriteHold {
      setWriting(true);
      let ended = false;
      return {
        refused() {
          if (ended) return;
          ended = true;
          setWriting(false);
        },
        left() {
          if (ended) return;
          ended = true;
          typed.length = 0;
          garbled.clear();
          // The form closes as the screen changes (a moment later: the route follows the address). Should
          // it still be on screen after all, it must not stay held for good.
          leftTimer = setTimeout(() => {
            typed.length = 0;
            setWriting(false);
          }, LEFT_MS);
        },
      };
    },
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
        else {
          for (const field of madeReadOnly.splice(0)) field.readOnly = false;
          if (typed.length > 0) queueMicrotask(typeHeldKeys);
          else garbled.clear();
        }
      });
    },
  };
}
