import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the window was and how big, kept in user data (never in the journal folder). */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

const isRect = (r: unknown): r is Rect =>
  typeof r === 'object' && r !== null && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((r as Record<string, unknown>)[k]));

/** The saved state, or null when there is none or it is not ours to trust. */
export function readWindowState(file: string): WindowState | null {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
    return isRect(raw.bounds) ? { bounds: raw.bounds, maximized: raw.maximized === true } : null;
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Forgetting the window's size is harmless; it must never stop Mend from closing.
  }
}

/** How much of `a` is on `b`, across and down (0 when it is not). */
function overlap(a: Rect, b: Rect): { across: number; down: number } {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return across > 0 && down > 0 ? { across, down } : { across: 0, down: 0 };
}

/**
 * The saved bounds when enough of the window (its title bar included) is on a screen that still
 * exists; otherwise only its size, shrunk to fit the first screen, so Electron centres it there.
 * A monitor unplugged since last time never leaves Mend opening out of sight.
 */
export function placeOnScreen(saved: Rect, workAreas: readonly Rect[], min: { width: number; height: number }): Partial<Rect> & { width: number; height: number } {
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(40, saved.height) };
  // The whole bar's height and 100 px of its width (an area alone let 3 rows of a wide bar pass): enough to grab.
  const visible = workAreas.some((area) => {
    const { across, down } = overlap(titleBar, area);
    return down >= titleBar.height && across >= Math.min(titleBar.width, 100);
  });
  const first = workAreas[0];
  const width = Math.max(min.width, first ? Math.min(saved.width, first.width) : saved.width);
  const height = Math.max(min.height, first ? Math.min(saved.height, first.height) : saved.height);
  return visible ? { x: saved.x, y: saved.y, width, height } : { width, height };
}
