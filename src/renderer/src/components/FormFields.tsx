import { For, Show } from 'solid-js';
import { Field, describedBy } from './Field';
import type { DatedValues, JournalForm } from '../lib/journal-form';

/** The names of a form's fields that hold text. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

interface TextFieldProps<T extends DatedValues> {
  form: JournalForm<T>;
  name: TextKey<T>;
  id: string;
  label: string;
  hint?: string;
  /** A text area of this many rows; without it, a one-line input. */
  rows?: number;
  type?: 'text' | 'datetime-local';
  class?: string;
}

/** One text field of a journal form, labelled, with its hint and its error beside it. */
export function TextField<T extends DatedValues>(props: TextFieldProps<T>) {
  const error = () => props.form.errorFor(props.name);
  const value = () => props.form.v[props.name] as string;
  const onInput = (e: { currentTarget: { value: string } }) => props.form.setText(props.name, e.currentTarget.value);
  const described = () => describedBy(props.id, props.hint ? 'hint' : undefined, error());
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={error()}>
      {props.rows
        ? <textarea id={props.id} rows={props.rows} value={value()} onInput={onInput}
            aria-invalid={!!error()} aria-describedby={described()} />
        : <input id={props.id} type={props.type ?? 'text'} class={props.class} value={value()} onInput={onInput}
            aria-invalid={!!error()} aria-describedby={described()} />}
    </Field>
  );
}

/** "When": the moment of the entry, a full date and time. */
export function WhenField<T extends DatedValues>(props: { form: JournalForm<T>; id: string }) {
  return <TextField form={props.form} name={'at' as TextKey<T>} id={props.id} label="When" type="datetime-local" class="short" />;
}

interface ChoiceGroupProps<K extends string> {
  legend: string;
  /** The radio group's name. */
  name: string;
  options: readonly K[];
  labels: Record<K, string>;
  value: K;
  onChange: (choice: K) => void;
  /** One choice a line (long labels). */
  stacked?: boolean;
  /** What is wrong with the choice, said under it. */
  error?: string | undefined;
}

/** A short set of radio choices under a legend, with its error under them. */
export function ChoiceGroup<K extends string>(props: ChoiceGroupProps<K>) {
  return (
    <fieldset class="fu-group" classList={{ invalid: !!props.error }} aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend>{props.legend}</legend>
      <div class="choice-row" classList={{ stacked: !!props.stacked }}>
        <For each={props.options}>
          {(option) => (
            <label class="choice">
              <input type="radio" name={props.name} checked={props.value === option} onChange={() => props.onChange(option)} />
              {props.labels[option]}
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        <p class="field-error" id={`${props.name}-error`} role="alert">{props.error}</p>
      </Show>
    </fieldset>
  );
}
