import type { ParentProps } from 'solid-js';
import { path } from '../lib/router';
import { NAV_ITEMS } from '../routes';
import { LockButton } from '../features/security/LockButton';

const section = (p: string) => p.split('/')[1] ?? '';

/** The frame around every screen: a quiet sidebar and a readable column. */
export function Layout(props: ParentProps) {
  return (
    <div class="app">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <nav class="sidebar" aria-label="Main">
        <a class="brand" href="#/">
          <span class="brand-mark" aria-hidden="true" />
          Mend
        </a>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li>
              <a href={`#${item.href}`} aria-current={item.sections.includes(section(path())) ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <LockButton />
        <p class="sidebar-foot">Private to this computer.</p>
      </nav>
      <main id="main" tabindex="-1">
        {props.children}
      </main>
    </div>
  );
}
