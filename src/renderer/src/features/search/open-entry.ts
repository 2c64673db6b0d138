import { match, path } from '../../lib/router';

/**
 * Opens the timeline entry a search result points at ("/r/:id/entry/:entry"): the entry unfolds in
 * place and takes the focus, which also scrolls it into view. Used as a ref on each entry's <details>.
 */
export function openIfRequested(key: string, details: HTMLDetailsElement): void {
  if (match('/r/:id/entry/:entry', path())?.entry !== key) return;
  details.open = true;
  details.querySelector('summary')?.setAttribute('data-autofocus', '');
}
