import { createMemo, For, Show } from 'solid-js';
import { Field, describedBy } from '../../components/Field';
import { formatDay } from '../../lib/dates';
import { COMMITMENT_STATUS_LABELS, OWNER_LABELS } from '../../../../core/model/follow-up-labels';
import type { CommitmentDraft } from '../../../../core/model/debrief';
import type { CommitmentOwner } from '../../../../core/model/trust-items';
import type { Journal } from '../../../../core/model/journal';
import type { DebriefEditor } from './debrief-editor';
import { href } from '../../lib/router';

let nextKey = 1;
const newKey = () => `c${Date.now().toString(36)}${nextKey++}`;

/** One commitment from each of you by default; more are allowed; fewer needs a line saying why. */
export function DebriefCommitments(props: { editor: DebriefEditor; journal: Journal }) {
  const ed = props.editor;
  const linked = () => props.journal.commitments.filter((c) => c.debriefId === ed.id);
  return (
    <section class="section" aria-labelledby="db-commit-title">
      <h2 id="db-commit-title">Commitments</h2>
      <Show when={ed.status() === 'draft'} fallback={<Finished list={linked()} editor={ed} />}>
        <p class="hint">One clear commitment from them and one from you: ownership on both sides.</p>
        <Drafts editor={ed} />
      </Show>
    </section>
  );
}

function Drafts(props: { editor: DebriefEditor }) {
  const ed = props.editor;
  const drafts = () => ed.fields.commitmentDrafts;
  const has = (owner: CommitmentOwner) => drafts().some((d) => d.owner === owner);
  // Asked only once it matters: a side was removed, finishing was refused, or a reason was begun.
  const askWhy = createMemo(
    () => !has('them') || !has('me') || !!ed.errorFor('fewerCommitmentsReason') || ed.fields.fewerCommitmentsReason !== '',
  );
  const add = (owner: CommitmentOwner) => ed.update('commitmentDrafts', [...drafts(), { key: newKey(), owner, text: '', dueAt: null }]);
  const remove = (key: string) => ed.update('commitmentDrafts', drafts().filter((d) => d.key !== key));
  const reasonError = () => ed.errorFor('fewerCommitmentsReason');
  return (
    <>
      <ul class="commit-drafts">
        <For each={drafts()}>{(d, i) => <DraftCard editor={ed} draft={d} index={i()} onRemove={() => remove(d.key)} />}</For>
      </ul>
      <div class="actions start">
        <button type="button" class="button" onClick={() => add('them')}>Add another of theirs</button>
        <button type="button" class="button" onClick={() => add('me')}>Add another of mine</button>
      </div>
      <Show when={askWhy()}>
        <Field id="db-fewer" label="Why fewer than one each?" hint="Sometimes a conversation ends before anyone is ready to promise. A line is enough." error={reasonError()}>
          <textarea id="db-fewer" rows={2} value={ed.fields.fewerCommitmentsReason} onInput={(e) => ed.update('fewerCommitmentsReason', e.currentTarget.value)}
            aria-invalid={!!reasonError()} aria-describedby={describedBy('db-fewer', 'hint', reasonError())} />
        </Field>
      </Show>
    </>
  );
}

function DraftCard(props: { editor: DebriefEditor; draft: CommitmentDraft; index: number; onRemove: () => void }) {
  const ed = props.editor;
  const name = () => {
    const same = ed.fields.commitmentDrafts.filter((d) => d.owner === props.draft.owner);
    const n = same.findIndex((d) => d.key === props.draft.key) + 1;
    return `${props.draft.owner === 'them' ? 'Their' : 'Your'} commitment${n > 1 ? ` ${n}` : ''}`;
  };
  const id = () => `db-c-${props.draft.key}`;
  const error = (key: 'text' | 'dueAt') => ed.errorFor(`commitmentDrafts.${props.index}.${key}`);
  const set = (key: 'text' | 'dueAt', value: string | null) => ed.update('commitmentDrafts', props.index, key, value as never);
  return (
    <li class="commit-draft" data-owner={props.draft.owner}>
      <Field id={`${id()}-text`} label={name()} error={error('text')}>
        <textarea id={`${id()}-text`} rows={2} value={props.draft.text} onInput={(e) => set('text', e.currentTarget.value)}
          placeholder={props.draft.owner === 'them' ? 'What they will do, in their words' : 'What you will do'}
          aria-invalid={!!error('text')} aria-describedby={describedBy(`${id()}-text`, undefined, error('text'))} />
      </Field>
      <div class="commit-draft-foot">
        <Field id={`${id()}-due`} label="Due by" error={error('dueAt')}>
          <input id={`${id()}-due`} type="date" class="short" value={props.draft.dueAt ?? ''} onInput={(e) => set('dueAt', e.currentTarget.value || null)}
            aria-label={`${name()}: due by`} aria-invalid={!!error('dueAt')} aria-describedby={describedBy(`${id()}-due`, undefined, error('dueAt'))} />
        </Field>
        <button type="button" class="link-button" onClick={() => props.onRemove()} aria-label={`Remove ${name().toLowerCase()}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

/**
 * A finished debrief's commitments as they are in the journal now, and the reason written for fewer
 * than one each, if any. An empty list never claims none came out of the conversation: some may have
 * been removed since (found by attack25).
 */
function Finished(props: { list: Journal['commitments']; editor: DebriefEditor }) {
  const reason = () => props.editor.fields.fewerCommitmentsReason.trim();
  return (
    <>
      <Show when={reason()}>
        <p class="muted">Fewer than one commitment each: {reason()}</p>
      </Show>
      <Show when={props.list.length > 0} fallback={<p class="muted">No commitments are listed for this conversation.</p>}>
        <ul class="commit-done">
          <For each={props.list}>
            {(c) => (
              <li>
                <span class="badge">{OWNER_LABELS[c.owner]}</span> {c.text}
                <span class="muted"> {c.dueAt ? `· due ${formatDay(c.dueAt)}` : ''} · {COMMITMENT_STATUS_LABELS[c.status]}</span>
              </li>
            )}
          </For>
        </ul>
        <p><a href={href('/commitments')}>Follow them on the Commitments screen</a></p>
      </Show>
    </>
  );
}
