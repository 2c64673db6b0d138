import { createMemo, For, Show } from 'solid-js';
import type { HomePerson } from '../../../../core/logic/home';
import { createWindowList } from '../../components/window-list';
import { PersonCard } from './PersonCard';

/** The narrowest a card gets, as in the `.cards` grid: columns are as many as fit. */
const CARD_MIN_REM = 16;

/**
 * Home's people as cards in columns, drawing only the cards on screen: two thousand people open as
 * fast as twenty. Printed, every card is drawn. `count`: how many people there are, when `people`
 * holds only the first screen's (the list is as long as it will be; the rest are drawn once they come).
 */
export function PeopleList(props: { people: readonly HomePerson[]; count?: number }) {
  const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const keys = createMemo(() => {
    const ids = props.people.map((p) => p.id);
    for (let i = ids.length; i < (props.count ?? 0); i++) ids.push(`coming-${i}`);
    return ids;
  });
  const list = createWindowList({ keys, estimate: 190, minColumnWidth: () => CARD_MIN_REM * rem() });
  return (
    <ul class="cards" classList={{ 'window-list': !list.printing() }} aria-label="People" ref={list.track}
      style={list.printing() ? undefined : { height: `${list.total()}px` }}>
      <Show when={!list.printing()} fallback={<For each={props.people}>{(p) => <PersonCard person={p} />}</For>}>
        <For each={list.items()}>
          {(v) => (
            <Show when={props.people[v.index]} keyed>
              {(person) => (
                <PersonCard
                  person={person}
                  place={{
                    index: v.index,
                    of: keys().length,
                    style: { width: `${list.columnWidth()}px`, transform: `translate(${list.place(v).x}px, ${list.place(v).y}px)` },
                    ref: (el) => list.measure(el),
                  }}
                />
              )}
            </Show>
          )}
        </For>
      </Show>
    </ul>
  );
}
