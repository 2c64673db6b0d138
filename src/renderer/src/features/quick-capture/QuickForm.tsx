import { createSignal, Show, type JSX } from 'solid-js';
import type { createFormError } from '../../lib/form-error';
import { onEscape } from '../../lib/on-escape';
import { inTrashMessage } from '../../lib/person-in-trash';

/**
 * The frame both quick-capture forms share: the form, a message for a problem that belongs to no
 * field, and Save / Not now (or Escape: the words stay kept as a draft). `save` checks the fields (setting the form's error beside one) and
 * sends; while it runs Save is disabled, and a refusal is shown without losing anything typed.
 */
export function QuickForm(props: {
  label: string;
  submitLabel: string;
  form: ReturnType<typeof createFormError>;
  /** The fields the form shows its own errors beside; any other error is shown below them. */
  fields: readonly string[];
  save: () => Promise<unknown>;
  /** Whose journal the words go to, so a person moved to the Trash meanwhile is named as the reason. */
  relationshipId: () => string | undefined;
  onCancel: () => void;
  /** The form's draft gate (draft-gate.ts): the form takes no change until its kept words are known. */
  gate: (el: HTMLElement) => void;
  children: JSX.Element;
}) {
  const [saving, setSaving] = createSignal(false);
  let form: HTMLFormElement | undefined;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await props.save();
    } catch (err) {
      // Moved to the Trash (here or elsewhere) while the form was open: said so, not "no longer exists".
      const inTrash = await inTrashMessage(err, props.relationshipId());
      if (inTrash) props.form.setError({ message: inTrash });
      else props.form.fromCaught(err);
    } finally {
      setSaving(false);
    }
    // Refused: focus goes to the field that says why (Save, disabled while saving, had let it go).
    if (props.form.error()) form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };
  const general = () => {
    const error = props.form.error();
    return error && !props.fields.includes(error.field ?? '') ? error.message : null;
  };
  return (
    <form class="quick-form" ref={(el) => { form = el; props.gate(el); }} onSubmit={submit} onKeyDown={onEscape(() => props.onCancel())} novalidate aria-label={props.label}>
      {props.children}
      <Show when={general()}>
        <p class="error-box" role="alert">{general()}</p>
      </Show>
      <div class="actions start">
        <button type="submit" class="button primary" disabled={saving()}>{saving() ? 'Saving…' : props.submitLabel}</button>
        <button type="button" class="button" onClick={() => props.onCancel()}>Not now</button>
      </div>
    </form>
  );
}
