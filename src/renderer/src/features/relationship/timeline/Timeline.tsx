import { createEffect, createMemo, createSignal, ErrorBoundary, For, on, onCleanup, Show, untrack, type JSX } from 'solid-js';
import { showNotice } from '../../../lib/notice';
import { formatDayTime } from '../../../lib/dates';
import { TIMELINE_SOURCES, type TimelineEntry } from '../extensions';
import { openIfRequested } from '../../search/open-entry';
import { createWindowList } from '../../../components/window-list';
import { match, path } from '../../../lib/router';
import type { Journal } from '../../../../../core/model/journal';
import type { VirtualItem } from '@tanstack/solid-virtual';

/** Everything that happened with this person, newest first; each entry opens in place. */
export function Timeline(props: { journal: Journal; refresh: () => void; readOnly?: boolean }) {
  // Another computer's change reads the whole journal again, and every source builds its entries anew:
  // an entry whose record did not change is kept as it was drawn (the same object), so its body, and the
  // focus or the place of someone reading in it, stay as they were (see fingerprints). Fingerprints are
  // taken only once there is a drawing to compare with: opening the page (the first drawing) pays nothing
  // for them, and the drawing before is printed from the journal it was drawn from when first needed.
  let before: { journal: Journal; entries: Map<string, TimelineEntry>; prints?: Map<string, string> } | null = null;
  const entries = createMemo(() => {
    const journal = props.journal;
    const fresh = TIMELINE_SOURCES.flatMap((source) => source(journal, props.refresh)).sort(newestFirst);
    const was = before;
    if (!was) {
      before = { journal, entries: new Map(fresh.map((e) => [e.key, e])) };
      return fresh;
    }
    const then = was.prints ?? printsOf(was.journal, was.entries.values());
    const printOf = fingerprints(journal);
    const prints = new Map<string, string>();
    const kept = fresh.map((entry) => {
      const print = printOf(entry);
      prints.set(entry.key, print);
      const old = was.entries.get(entry.key);
      return old && then.get(entry.key) === print ? old : entry;
    });
    before = { journal, entries: new Map(kept.map((e) => [e.key, e])), prints };
    return kept;
  });
  const indexOf = createMemo(() => new Map(entries().map((e, i) => [e.key, i])));
  // Years of entries open as fast as a few weeks: only what is on screen is drawn. Open entries stay
  // drawn when scrolled away, so what is being read or edited in one is never dropped.
  const [openKeys, setOpenKeys] = createSignal<ReadonlySet<string>>(new Set());
  const setOpen = (key: string, open: boolean) =>
    setOpenKeys((keys) => (keys.has(key) === open ? keys : open ? new Set(keys).add(key) : new Set([...keys].filter((k) => k !== key))));
  const keys = createMemo(() => entries().map((e) => e.key));
  const list = createWindowList({ keys, estimate: 48, keep: openKeys, keepPlace: true });
  // What is drawn, by the entries' keys: an entry keeps its element (and an open one stays open, a
  // focused one keeps the focus) when entries are added, changed or removed around it.
  const drawn = createMemo(() => {
    const all = keys();
    const places = new Map<string, VirtualItem>();
    for (const v of list.items()) {
      const key = all[v.index];
      if (key !== undefined) places.set(key, v);
    }
    return places;
  });
  const drawnKeys = createMemo(() => [...drawn().keys()], undefined, { equals: sameKeys });
  // A search result opens its entry in place: scroll the list to it, so it is drawn and can take the focus.
  // The entry may be older than the page's first screen: it is looked for again once the whole journal
  // is in, and opened once per request (a later refresh leaves it as the person left it).
  let opened: string | undefined;
  // An entry asked for that is not there (removed since the link was made: an old search result, a
  // bookmark) is said so, once the journal has had a moment to come in whole; before, the page opened
  // saying nothing (found by a helper).
  let missing: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(missing));
  createEffect(
    on([requestedEntry, entries], ([key, all]) => {
      clearTimeout(missing);
      if (!key) opened = undefined;
      if (key && key !== opened && !all.some((e) => e.key === key)) {
        missing = setTimeout(() => {
          if (requestedEntry() !== key || opened === key || untrack(entries).some((e) => e.key === key)) return;
          opened = key;
          showNotice('That entry is not in this journal any more: it was removed, on this computer or another.');
        }, MISSING_AFTER_MS);
        return;
      }
      if (!key || key === opened) return;
      opened = key;
      setOpen(key, true);
      // After the screen change has put the window at the top and the focus on the heading.
      requestAnimationFrame(() => void list.reveal(key).then(focusEntry));
    }),
  );
  // `place` is read inside the JSX, so the entry moves when the entries above it are measured.
  const item = (entry: () => TimelineEntry, index: () => number, place?: () => JSX.CSSProperties, ref?: (el: HTMLLIElement) => void) => (
    <TimelineItem
      entry={props.readOnly ? { ...entry(), render: undefined } : entry()}
      open={openKeys().has(entry().key)}
      onOpen={(open) => setOpen(entry().key, open)}
      position={{ index: index(), of: entries().length }}
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
        <Show when={!list.printing()} fallback={<For each={entries()}>{(entry, i) => item(() => entry, i)}</For>}>
          <For each={drawnKeys()}>
            {(key) => {
              const index = () => indexOf().get(key);
              const at = () => drawn().get(key);
              return (
                <Show when={index() !== undefined && at()}>
                  {(v) => item(() => entries()[index()!]!, () => index()!, () => ({ transform: `translateY(${list.place(v()).y}px)` }), (el) => list.measure(el))}
                </Show>
              );
            }}
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
                <EntryBody render={render()} />
              </ErrorBoundary>
            </Show>
          </details>
        )}
      </Show>
    </li>
  );
}

/**
 * An open entry's body. It is drawn again only when its entry changed (its record, written on the other
 * computer or here); an element in it that had the focus then gives it to the same control drawn anew
 * (the same kind, the same words, the same place among its like), or to the entry's line when the
 * change took that control away, so the keyboard goes on from there.
 */
function EntryBody(props: { render: () => JSX.Element }) {
  let body: HTMLDivElement | undefined;
  const drawnBody = createMemo(() => {
    const draw = props.render;
    const focused = body ? focusedIn(body) : null;
    const nodes = untrack(draw);
    if (focused) queueMicrotask(() => { if (body) giveFocusTo(body, focused); });
    return nodes;
  });
  return <div class="tl-body" ref={body}>{drawnBody()}</div>;
}

const FOCUSABLE = 'a[href], button, input, textarea, select, summary, [tabindex]';

interface FocusedPlace { tag: string; name: string; nth: number }

function focusedIn(body: HTMLElement): FocusedPlace | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !body.contains(active)) return null;
  const name = nameOf(active);
  const like = [...body.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tagName === active.tagName && nameOf(el) === name);
  return { tag: active.tagName, name, nth: Math.max(0, like.indexOf(active)) };
}

function giveFocusTo(body: HTMLElement, place: FocusedPlace): void {
  const now = document.activeElement;
  if (!body.isConnected || (now && now !== document.body && now.isConnected)) return; // gone, or the reader went on elsewhere
  const like = [...body.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tagName === place.tag && nameOf(el) === place.name);
  // A control the change took away (a commitment marked on the other computer has no "Mark how it went"):
  // the entry's own line takes the focus, never the page.
  const target = like[Math.min(place.nth, like.length - 1)] ?? body.closest('li')?.querySelector<HTMLElement>('summary');
  target?.focus({ preventScroll: true });
}

const nameOf = (el: HTMLElement): string => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';

/**
 * What an entry is drawn from, to tell an entry built again with nothing changed from one that changed:
 * its line (kind, moment, title) and, as JSON, the journal's records it is about — the one whose id its
 * key ends with, those that name that id (a debrief's commitments, a plan's debrief) and those it names
 * (a plan's incident). An entry about no record of the journal is always taken as changed.
 */
function fingerprints(journal: Journal): (entry: TimelineEntry) => string {
  const records: Record<string, unknown>[] = [];
  for (const value of Object.values(journal) as unknown[]) {
    if (!Array.isArray(value)) continue;
    for (const record of value as unknown[]) if (record !== null && typeof record === 'object') records.push(record as Record<string, unknown>);
  }
  const byId = new Map(records.flatMap((r) => (typeof r.id === 'string' ? [[r.id, r] as const] : [])));
  const ids = (r: Record<string, unknown>): string[] =>
    Object.entries(r).flatMap(([field, v]) => (field !== 'id' && typeof v === 'string' && byId.has(v) ? [v] : []));
  const naming = new Map<string, Record<string, unknown>[]>();
  for (const r of records) {
    for (const id of ids(r)) {
      const list = naming.get(id);
      if (list) list.push(r);
      else naming.set(id, [r]);
    }
  }
  return (entry) => {
    const id = entry.key.slice(entry.key.lastIndexOf(':') + 1);
    const record = byId.get(id);
    const line = `${journal.relationship.id}\n${entry.kind}\n${entry.at}\n${entry.title}`;
    if (!record) return `${line}\n(unknown ${++unknownEntries})`;
    return `${line}\n${JSON.stringify([record, naming.get(id) ?? [], ids(record).map((v) => byId.get(v))])}`;
  };
}
/** The fingerprints of a drawing's entries, by key, against the journal they were drawn from. */
function printsOf(journal: Journal, entries: Iterable<TimelineEntry>): Map<string, string> {
  const printOf = fingerprints(journal);
  return new Map([...entries].map((e) => [e.key, printOf(e)]));
}

/** Makes each fingerprint of an entry about no record unlike any before it. */
let unknownEntries = 0;

const sameKeys = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

/** ISO moments compare as text; a plain comparison keeps sorting thousands of entries quick. */
/** How long an entry asked for may take to come in before the page says it is not there. */
const MISSING_AFTER_MS = 2_000;

const newestFirst = (a: TimelineEntry, b: TimelineEntry): number => {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  const [x, y] = [a.order ?? '', b.order ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};
