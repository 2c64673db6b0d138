import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { useRelationships } from '../../stores/relationships';
import { closePalette, paletteMode } from './palette-state';
import { paletteItems, type PaletteItem } from './palette-items';
import { createSearch } from '../search/search-client';
import { isSearchable } from '../../../../core/logic/search-text';
import { MOD } from '../shortcuts/shortcuts';
import '../../styles/search.css';

/** Ctrl/⌘+K: one box for actions, people, screens and entries. Arrow keys choose, Enter goes, Escape closes. */
export function Palette() {
  let dialog: HTMLDialogElement | undefined;
  let input: HTMLInputElement | undefined;
  const relationships = useRelationships();
  const [query, setQuery] = createSignal('');
  const [active, setActive] = createSignal(0);
  const search = createSearch(query);
  createEffect(() => {
    const q = query();
    if (paletteMode()?.kind === 'all' && isSearchable(q)) search.ask(q);
  });
  const items = createMemo(() => {
    const mode = paletteMode();
    return mode ? paletteItems(mode, query(), relationships.all() ?? [], isSearchable(query()) ? search.answer() : null) : [];
  });
  const groups = createMemo(() => {
    const out: { name: PaletteItem['group']; items: { item: PaletteItem; index: number }[] }[] = [];
    items().forEach((item, index) => {
      const last = out[out.length - 1];
      if (last?.name === item.group) last.items.push({ item, index });
      else out.push({ name: item.group, items: [{ item, index }] });
    });
    return out;
  });
  createEffect(() => {
    if (!dialog) return;
    if (paletteMode() && !dialog.open) {
      setQuery('');
      setActive(0);
      dialog.showModal();
      input?.focus();
    }
    if (!paletteMode() && dialog.open) dialog.close();
  });
  createEffect(() => {
    if (active() >= items().length) setActive(Math.max(0, items().length - 1));
  });
  // Said when nothing is offered: archived people are not offered, but they are there (found by a helper).
  const emptyWords = () => {
    if (query().trim()) return 'Nothing by that name. Try another word.';
    return (relationships.all() ?? []).some((p) => p.archived)
      ? 'Everyone here is archived. Open Show archived on Home to bring someone back, or add a person.'
      : 'No one here yet. Add a person first.';
  };
  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    closePalette();
    item.run();
  };
  // A dialog's close event comes a moment after close(): by then an action may have opened the palette
  // again to ask who it is about, which this must not shut. Escape is heard at once, by its cancel event:
  // waiting for the close event left the palette "open" in between, so a quick Ctrl+K after Escape (on a
  // busy machine) toggled it shut instead of opening it (seen twice in CI).
  const closedByBrowser = () => {
    if (!dialog?.open) closePalette();
  };
  const onKey = (e: KeyboardEvent) => {
    const n = items().length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (n) setActive((active() + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
      document.getElementById(`pal-${active()}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      choose(items()[active()]);
    }
  };
  const title = () => {
    const mode = paletteMode();
    return mode?.kind === 'person' ? `${mode.action.label} with…` : 'What would you like to do?';
  };
  return (
    <dialog ref={dialog} class="palette" aria-label="Command palette" onClose={closedByBrowser} onCancel={() => closePalette()}
      onClick={(e) => e.target === dialog && closePalette()}>
      <div class="palette-box">
        <input ref={input} type="text" role="combobox" aria-expanded="true" aria-controls="palette-list" aria-autocomplete="list"
          aria-label={title()} placeholder={title()} autocomplete="off" spellcheck={false} value={query()}
          aria-activedescendant={items().length ? `pal-${active()}` : undefined}
          onInput={(e) => { setQuery(e.currentTarget.value); setActive(0); }} onKeyDown={onKey} />
        <div id="palette-list" role="listbox" aria-label="Choices" class="palette-list">
          <For each={groups()}>
            {(g) => (
              <div role="group" aria-labelledby={`pal-g-${g.name}`}>
                <div id={`pal-g-${g.name}`} class="palette-group">{g.name}</div>
                <For each={g.items}>
                  {({ item, index }) => (
                    <div id={`pal-${index}`} role="option" class="palette-item" aria-selected={index === active()}
                      onMouseMove={() => setActive(index)} onClick={() => choose(item)}>
                      <span>{item.label}</span>
                      <Show when={item.detail}><span class="muted">{item.detail}</span></Show>
                    </div>
                  )}
                </For>
              </div>
            )}
          </For>
        </div>
        <Show when={items().length === 0}>
          <p class="palette-empty" role="status">{emptyWords()}</p>
        </Show>
        <p class="palette-foot">↑ ↓ to choose · Enter to go · Esc to close · <kbd>{MOD}</kbd> <kbd>F</kbd> searches every entry</p>
      </div>
    </dialog>
  );
}
