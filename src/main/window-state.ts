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

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The saved bounds when enough of the window (its title bar included) is on a screen that still
 * exists; otherwise only its size, shrunk to fit the first screen, so Electron centres it there.
 * A monitor unplugged since last time never leaves Mend opening out of sight.
 */
export function placeOnScreen(saved: Rect, workAreas: readonly Rect[], min: { width: number; height: number }): Partial<Rect> & { width: number; height: number } {
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(40, saved.height) };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= Math.min(titleBar.width, 100) * titleBar.height * 0.5);
  const first = workAreas[0];
  const width = Math.max(min.width, first ? Math.min(saved.width, first.width) : saved.width);
  const height = Math.max(min.height, first ? Math.min(saved.height, first.height) : saved.height);
  return visible ? { x: saved.x, y: saved.y, width, height } : { width, height };
}
