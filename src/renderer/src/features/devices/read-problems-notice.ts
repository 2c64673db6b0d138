import { runWithOwner } from 'solid-js';
import { call } from '../../lib/api';
import { showNotice } from '../../lib/notice';
import { onReadProblem } from '../../lib/live-changes';

export const READ_PROBLEM_NOTICE = 'Part of your data folder could not be read, so Mend left it out. Nothing was changed. Settings → Computers says what.';
export const CLOCK_NOTICE = 'One of your computers’ clocks looks badly wrong: a change is dated more than a day ahead. Settings → Computers says which.';

/** Lines found damaged together are said once, not once a line. */
const QUIET_MS = 60_000;

let saidAt = Number.NEGATIVE_INFINITY;
let watching = false;

function say(leftOut: boolean): void {
  if (Date.now() - saidAt < QUIET_MS) return;
  saidAt = Date.now();
  showNotice(leftOut ? READ_PROBLEM_NOTICE : CLOCK_NOTICE);
}

/**
 * Says that Mend left something out it could not read: a saved change would otherwise vanish unseen.
 * Asked at start too, for what was read before the page was listening.
 */
export function watchReadProblems(): void {
  if (watching) return; // the shell may draw the app again (after an unlock): one watch, one notice
  watching = true;
  // For the page's whole life, whichever screen drew the app first.
  runWithOwner(null, () => onReadProblem(say));
  void call('devices:read-problems', {}).then((found) => found.length > 0 && say(found.some((p) => p.leftOut)), () => undefined);
}
