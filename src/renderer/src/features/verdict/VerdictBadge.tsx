import { Show } from 'solid-js';
import type { VerdictView } from '../../../../core/logic/home';
import { PERCEPTION_NOTE } from '../../../../core/logic/verdict-reason';
import '../../styles/trust.css';

/** A small mark beside the words; the words carry the meaning, the mark and colour only echo it. */
const MARKS: Record<VerdictView['kind'], string> = {
  recovering: '↗',
  declining: '↘',
  steady: '→',
  'too-early': '',
  summary: '',
};

/** The verdict as a calm badge: words first, colour second. */
export function VerdictBadge(props: { verdict: Pick<VerdictView, 'kind' | 'qualifier' | 'label'> }) {
  return (
    <span class="verdict-badge" data-kind={props.verdict.kind} data-qualifier={props.verdict.qualifier ?? undefined}>
      <Show when={MARKS[props.verdict.kind]}>
        <span class="verdict-mark" aria-hidden="true">
          {MARKS[props.verdict.kind]}
        </span>
      </Show>
      {props.verdict.label}
    </span>
  );
}

/**
 * The short reason, with the whole reasoning one click away behind "Why?" (a native disclosure, so it
 * works by keyboard and screen reader without any script of ours).
 */
export function VerdictWhy(props: { verdict: Pick<VerdictView, 'reason' | 'why'>; class: string }) {
  return (
    <>
      <p class={props.class}>{props.verdict.reason}</p>
      <details class="verdict-why">
        <summary>Why?</summary>
        <p>{props.verdict.why}</p>
      </details>
    </>
  );
}

/**
 * The verdict with everything that belongs with it: the badge, the short reason and its "Why?", the lag
 * flag when it is set, and (unless the caller shows it once for a whole list) the perception note.
 */
export function VerdictNote(props: { verdict: VerdictView; perception?: boolean }) {
  return (
    <div class="verdict" data-kind={props.verdict.kind}>
      <p class="verdict-line">
        <VerdictBadge verdict={props.verdict} />
      </p>
      <VerdictWhy verdict={props.verdict} class="verdict-reason" />
      <Show when={props.verdict.lagNote}>
        {(note) => <p class="verdict-lag">{note()}</p>}
      </Show>
      <Show when={props.perception !== false}>
        <p class="verdict-perception">{PERCEPTION_NOTE}</p>
      </Show>
    </div>
  );
}
