import { Match, Switch } from 'solid-js';
import { Field, describedBy } from '../../components/Field';
import type { Group, PrepEditor } from './prep-editor';
import type { Preparation } from '../../../../core/model/preparation';

type TextKey<G extends Group> = { [K in keyof Preparation[G]]: Preparation[G][K] extends string ? K : never }[keyof Preparation[G]] & string;

/** A markdown text area bound to one field of the preparation; autosaves as you type. */
export function PrepTextArea<G extends Group>(props: {
  editor: PrepEditor;
  group: G;
  name: TextKey<G>;
  label: string;
  hint?: string;
  rows?: number;
}) {
  const id = () => `prep-${props.group}-${props.name}`;
  const error = () => props.editor.errorFor(`${props.group}.${props.name}`);
  return (
    <Field id={id()} label={props.label} hint={props.hint} error={error()}>
      <textarea
        id={id()}
        rows={props.rows ?? 4}
        value={props.editor.prep[props.group][props.name] as string}
        onInput={(e) => props.editor.setField(props.group, props.name, e.currentTarget.value as never)}
        aria-invalid={!!error()}
        aria-describedby={describedBy(id(), props.hint, error())}
      />
    </Field>
  );
}

/** The quiet "Saving… / Saved" line; a refused save says what happened and that the text is safe. */
export function SaveStatus(props: { editor: PrepEditor }) {
  return (
    <p class="save-status" role="status" aria-live="polite">
      <Switch>
        <Match when={props.editor.state() === 'pending' || props.editor.state() === 'saving'}>Saving…</Match>
        <Match when={props.editor.state() === 'saved'}>Saved</Match>
        <Match when={props.editor.state() === 'error'}>
          <span class="save-error">
            Not saved yet: {props.editor.failure()?.message} Your text is still here; Mend tries again when you next type.
          </span>
        </Match>
      </Switch>
    </p>
  );
}
