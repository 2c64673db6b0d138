import { For } from 'solid-js';
import type { ScaleTime } from 'd3-scale';
import type { CommitmentOutcome } from '../../../../core/model/commitment';
import type { CommitmentOwner } from '../../../../core/model/trust-items';
import type { ChartModel } from './chart-data';
import { OUTCOME_WORDS, OWNER_WORDS } from './chart-text';
import { thinMarks } from './chart-thin';

/**
 * Each outcome has its own shape, so kept, renegotiated early, late and missed can be told apart
 * without colour: a dot, a diamond, a triangle and a cross.
 */
export function OutcomeShape(props: { status: CommitmentOutcome; x: number; y: number; size?: number }) {
  const r = () => props.size ?? 5;
  const d = (): string => {
    const { x, y } = props;
    const s = r();
    switch (props.status) {
      case 'kept':
        return `M ${x - s} ${y} a ${s} ${s} 0 1 0 ${2 * s} 0 a ${s} ${s} 0 1 0 ${-2 * s} 0`;
      case 'renegotiated':
        return `M ${x} ${y - s - 1} L ${x + s + 1} ${y} L ${x} ${y + s + 1} L ${x - s - 1} ${y} Z`;
      case 'late':
        return `M ${x} ${y - s - 1} L ${x + s + 1} ${y + s} L ${x - s - 1} ${y + s} Z`;
      case 'missed':
        return `M ${x - s} ${y - s} L ${x + s} ${y + s} M ${x + s} ${y - s} L ${x - s} ${y + s}`;
    }
  };
  return <path class={`tc-mark ${props.status}`} d={d()} />;
}

/** Two rows under the time axis: their commitments' outcomes, then the leader's own. */
export function CommitmentRows(props: { model: ChartModel; x: ScaleTime<number, number>; top: number; left: number }) {
  const rows: CommitmentOwner[] = ['them', 'me'];
  const drawn = () => thinMarks(props.model.marks, props.model.start, props.model.end);
  return (
    <g class="tc-commitments" aria-hidden="true">
      <For each={rows}>
        {(owner, i) => {
          const y = () => props.top + i() * 22;
          return (
            <g>
              <text class="tc-row-label" x={props.left - 8} y={y()} text-anchor="end" dominant-baseline="middle">
                {OWNER_WORDS[owner]}
              </text>
              <line class="tc-row-rule" x1={props.left} x2={props.x.range()[1]} y1={y()} y2={y()} />
              <For each={drawn().filter((m) => m.owner === owner)}>
                {(m) => (
                  <g>
                    <title>{`${OWNER_WORDS[owner]}: ${OUTCOME_WORDS[m.status]}`}</title>
                    <OutcomeShape status={m.status} x={props.x(m.at)} y={y()} />
                  </g>
                )}
              </For>
            </g>
          );
        }}
      </For>
    </g>
  );
}
