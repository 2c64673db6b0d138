import type { ParentProps } from 'solid-js';
import { href, path } from '../lib/router';
import { NAV_ITEMS } from '../routes';
import { LockButton } from '../features/security/LockButton';
import { announcement, manageScreenFocus } from '../lib/screen-focus';
import { MOD } from '../features/shortcuts/shortcuts';
import { setSheetOpen } from '../features/palette/palette-state';

const section = (p: string) => p.split('/')[1] ?? '';

/** The frame around every screen: a quiet sidebar and a readable column. */
export function Layout(props: ParentProps) {
  let main: HTMLElement | undefined;
  manageScreenFocus(() => main);
  return (
    <div class="app">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <nav class="sidebar" aria-label="Main">
        <a class="brand" href={href('/')}>
          <span class="brand-mark" aria-hidden="true" />
          Mend
        </a>
        <ul>
          {NAV_ITEMS.map((item, i) => (
            <li>
              <a href={href(item.to)} aria-current={item.sections.includes(section(path())) ? 'page' : undefined}
                aria-keyshortcuts={`Control+${i + 1} Meta+${i + 1}`}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <LockButton />
        <div class="sidebar-foot">
          <p>Private: Mend sends nothing anywhere.</p>
          <p class="sidebar-keys">
            <button type="button" class="link-button" onClick={() => setSheetOpen(true)} aria-keyshortcuts="Shift+?">
              Keyboard shortcuts
            </button>
            <span>Everything: <kbd>{MOD}</kbd> <kbd>K</kbd></span>
          </p>
        </div>
      </nav>
      <main id="main" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <p class="visually-hidden-live" aria-live="polite" aria-atomic="true">{announcement()}</p>
    </div>
  );
}
