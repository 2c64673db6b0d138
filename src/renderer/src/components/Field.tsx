import { Show, type JSX } from 'solid-js';

/**
 * A labelled form control with its hint and its error right beside it. The error is tied to the
 * control with aria-describedby so screen readers read it with the field.
 */
export function Field(props: { id: string; label: string; hint?: string; error?: string | null; children: JSX.Element }) {
  return (
    <div class="field" classList={{ invalid: !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/** aria-describedby for a control inside <Field>. */
export const describedBy = (id: string, hint?: string, error?: string | null): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
