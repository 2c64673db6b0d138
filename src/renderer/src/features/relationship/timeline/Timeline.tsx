import { createMemo, createSignal, ErrorBoundary, For, Show } from 'solid-js';
import { formatDayTime } from '../../../lib/dates';
import { TIMELINE_SOURCES, type TimelineEntry } from '../extensions';
import { openIfRequested } from '../../search/open-entry';
import { createProgressiveList, ShowMore } from './progressive';
import type { Journal } from '../../../../../core/model/journal';

/** Entries drawn at first, and added each time the end of the list comes into view. */
export const TIMELINE_PAGE = 40;

/** Everything that happened with this person, newest first; each entry opens in place. */
export function Timeline(props: { journal: Journal; refresh: () => void; readOnly?: boolean }) {
  const entries = createMemo(() =>
    TIMELINE_SOURCES.flatMap((source) => source(props.journal, props.refresh)).sort(newestFirst),
  );
  // Years of entries open as fast as a few weeks: the newest page first, older ones as you scroll.
  const list = createProgressiveList(entries, TIMELINE_PAGE);
  // Entries are drawn afresh when the journal is read again (another computer's change): the ones the
  // reader had open stay open.
  const openKeys = new Set<string>();
  return (
    <Show
      when={entries().length > 0}
      fallback={<p class="muted">Nothing logged yet. When something goes wrong between you, this is where it will live.</p>}
    >
      <ol class="timeline" aria-label="Timeline">
        <For each={list.visible()}>{(entry) => <TimelineItem entry={props.readOnly ? { ...entry, render: undefined } : entry} openKeys={openKeys} />}</For>
      </ol>
      <ShowMore remaining={list.remaining()} onMore={list.more} label={(n) => `Show older entries (${n.toLocaleString()} more)`} />
    </Show>
  );
}

function TimelineItem(props: { entry: TimelineEntry; openKeys: Set<string> }) {
  // An entry's body (markdown, sanitised) is drawn when it is first opened, not for every closed
  // entry: a journal of years keeps its page quick to open.
  const wasOpen = props.openKeys.has(props.entry.key);
  const [opened, setOpened] = createSignal(wasOpen);
  const toggled = (open: boolean) => {
    if (open) setOpened(true);
    if (open) props.openKeys.add(props.entry.key);
    else props.openKeys.delete(props.entry.key);
  };
  const head = () => (
    <>
      <span class="tl-kind">{props.entry.kind}</span>
      <span class="tl-title">{props.entry.title}</span>
      <span class="tl-meta">
        <For each={props.entry.badges ?? []}>{(b) => <span class="badge">{b}</span>}</For>
        <time datetime={props.entry.at}>{formatDayTime(props.entry.at)}</time>
      </span>
    </>
  );
  return (
    <li class="tl-item" data-kind={props.entry.kind}>
      <Show when={props.entry.render} fallback={<div class="tl-head">{head()}</div>}>
        {(render) => (
          <details open={wasOpen} ref={(el) => openIfRequested(props.entry.key, el)} onToggle={(e) => toggled(e.currentTarget.open)}>
            <summary class="tl-head">{head()}</summary>
            <Show when={opened()}>
              {/* One entry that cannot be drawn says so in its own place; the page and the other entries stay. */}
              <ErrorBoundary fallback={<p class="tl-body muted">This entry could not be shown.</p>}>
                <div class="tl-body">{render()()}</div>
              </ErrorBoundary>
            </Show>
          </details>
        )}
      </Show>
    </li>
  );
}

/** ISO moments compare as text; a plain comparison keeps sorting thousands of entries quick. */
const newestFirst = (a: TimelineEntry, b: TimelineEntry): number => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);
