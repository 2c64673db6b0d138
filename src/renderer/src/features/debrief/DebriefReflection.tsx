import { For } from 'solid-js';
import { Field, describedBy } from '../../components/Field';
import type { DebriefEditor } from './debrief-editor';

const PROMPTS = [
  { key: 'surprised', label: 'What surprised me', hint: 'Something you did not expect to hear, or to feel.' },
  { key: 'learned', label: 'What I learned', hint: 'About them, about the work, or about yourself.' },
  { key: 'differently', label: 'What I’ll do differently', hint: 'One small, concrete change is plenty.' },
] as const;

/** Three short reflections, each optional. */
export function DebriefReflection(props: { editor: DebriefEditor }) {
  const ed = props.editor;
  return (
    <section class="section" aria-labelledby="db-reflect-title">
      <h2 id="db-reflect-title">Looking back</h2>
      <For each={PROMPTS}>
        {(p) => {
          const id = `db-${p.key}`;
          const error = () => ed.errorFor(p.key);
          return (
            <Field id={id} label={p.label} hint={p.hint} error={error()}>
              <textarea id={id} rows={3} value={ed.fields[p.key]} onInput={(e) => ed.update(p.key, e.currentTarget.value)}
                aria-invalid={!!error()} aria-describedby={describedBy(id, 'hint', error())} />
            </Field>
          );
        }}
      </For>
    </section>
  );
}
