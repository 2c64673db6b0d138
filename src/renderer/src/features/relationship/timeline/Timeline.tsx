import { createEffect, createMemo, createSignal, ErrorBoundary, For, on, Show, type JSX } from 'solid-js';
import { formatDayTime } from '../../../lib/dates';
import { TIMELINE_SOURCES, type TimelineEntry } from '../extensions';
import { openIfRequested } from '../../search/open-entry';
import { createWindowList } from '../../../components/window-list';
import { match, path } from '../../../lib/router';
import type { Journal } from '../../../../../core/model/journal';

/** Everything that happened with this person, newest first; each entry opens in place. */
export function Timeline(props: { journal: Journal; refresh: () => void; readOnly?: boolean }) {
  const entries = createMemo(() =>
    TIMELINE_SOURCES.flatMap((source) => source(props.journal, props.refresh)).sort(newestFirst),
  );
  // Years of entries open as fast as a few weeks: only what is on screen is drawn. Open entries stay
  // drawn when scrolled away, so what is being read or edited in one is never dropped.
  const [openKeys, setOpenKeys] = createSignal<ReadonlySet<string>>(new Set());
  const setOpen = (key: string, open: boolean) =>
    setOpenKeys((keys) => (keys.has(key) === open ? keys : open ? new Set(keys).add(key) : new Set([...keys].filter((k) => k !== key))));
  const list = createWindowList({ keys: createMemo(() => entries().map((e) => e.key)), estimate: 48, keep: openKeys });
  // A search result opens its entry in place: scroll the list to it, so it is drawn and can take the focus.
  // The entry may be older than the page's first screen: it is looked for again once the whole journal
  // is in, and opened once per request (a later refresh leaves it as the person left it).
  let opened: string | undefined;
  createEffect(
    on([requestedEntry, entries], ([key, all]) => {
      if (!key) opened = undefined;
      if (!key || key === opened || !all.some((e) => e.key === key)) return;
      opened = key;
      setOpen(key, true);
      // After the screen change has put the window at the top and the focus on the heading.
      requestAnimationFrame(() => void list.reveal(key).then(focusEntry));
    }),
  );
  // `place` is read inside the JSX, so the entry moves when the entries above it are measured.
  const item = (entry: TimelineEntry, index: number, place?: () => JSX.CSSProperties, ref?: (el: HTMLLIElement) => void) => (
    <TimelineItem
      entry={props.readOnly ? { ...entry, render: undefined } : entry}
      open={openKeys().has(entry.key)}
      onOpen={(open) => setOpen(entry.key, open)}
      position={{ index, of: entries().length }}
      style={place?.()}
      ref={ref}
    />
  );
  return (
    <Show
      when={entries().length > 0}
      fallback={<p class="muted">Nothing logged yet. When something goes wrong between you, this is where it will live.</p>}
    >
      <ol class="timeline" classList={{ 'window-list': !list.printing() }} aria-label="Timeline" ref={list.track}
        style={list.printing() ? undefined : { height: `${list.total()}px` }}>
        {/* On paper every entry is printed; on screen only those in view. */}
        <Show when={!list.printing()} fallback={<For each={entries()}>{(entry, i) => item(entry, i())}</For>}>
          <For each={list.items()}>
            {(v) => (
              <Show when={entries()[v.index]} keyed>
                {(entry) => item(entry, v.index, () => ({ transform: `translateY(${list.place(v).y}px)` }), (el) => list.measure(el))}
              </Show>
            )}
          </For>
        </Show>
      </ol>
    </Show>
  );
}

/**
 * The opened entry takes the focus (its summary, marked by openIfRequested), and so is read out; one
 * that opened with its form ("Go on with it" on the Commitments screen) gives it to the form's words.
 */
function focusEntry(li: HTMLElement | null): void {
  const summary = li?.querySelector<HTMLElement>('summary[data-autofocus]');
  if (!summary) return;
  const target = li?.querySelector<HTMLElement>('form textarea, form input') ?? summary;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}

const requestedEntry = () => match('/r/:id/entry/:entry', path())?.entry;

interface ItemProps {
  entry: TimelineEntry;
  open: boolean;
  onOpen: (open: boolean) => void;
  position: { index: number; of: number };
  style?: JSX.CSSProperties | undefined;
  ref?: ((el: HTMLLIElement) => void) | undefined;
}

function TimelineItem(props: ItemProps) {
  // An entry's body (markdown, sanitised) is drawn when it is first opened, not for every closed
  // entry: a journal of years keeps its page quick to open.
  const [opened, setOpened] = createSignal(props.open);
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
    <li class="tl-item" data-kind={props.entry.kind} data-key={props.entry.key} data-index={props.position.index}
      aria-setsize={props.position.of} aria-posinset={props.position.index + 1} style={props.style} ref={props.ref}>
      <Show when={props.entry.render} fallback={<div class="tl-head">{head()}</div>}>
        {(render) => (
          <details open={props.open} ref={(el) => openIfRequested(props.entry.key, el)}
            onToggle={(e) => { if (e.currentTarget.open) setOpened(true); props.onOpen(e.currentTarget.open); }}>
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
