import type { JSX } from 'solid-js';
import { HomePage } from './features/home/HomePage';
import { RelationshipPage } from './features/relationship/RelationshipPage';
import { RelationshipForm } from './features/relationship/RelationshipForm';
import { SettingsPage } from './features/settings/SettingsPage';

/** One entry per screen: its hash pattern and how to draw it. First match wins. */
export interface Route {
  pattern: string;
  render: (params: Record<string, string>) => JSX.Element;
}

export const ROUTES: Route[] = [
  { pattern: '/', render: () => <HomePage /> },
  { pattern: '/new', render: () => <RelationshipForm /> },
  { pattern: '/r/:id/edit', render: (p) => <RelationshipForm id={p.id} /> },
  { pattern: '/r/:id', render: (p) => <RelationshipPage id={p.id!} /> },
  { pattern: '/settings', render: () => <SettingsPage /> },
];

/** The sidebar. `section` is the first path segment that marks an item as current. */
export const NAV_ITEMS: { href: string; label: string; sections: string[] }[] = [
  { href: '/', label: 'Home', sections: ['', 'r', 'new'] },
  { href: '/settings', label: 'Settings', sections: ['settings'] },
];
