/**
 * Where the notices go: the corner of the window where they cover the least that matters, so a
 * confirmation never hides the next thing to press. What has the keyboard's focus counts most, then a
 * primary button (Save, Add, Debrief it…), then any other control (a Remove, an outcome button, a
 * link); bottom right when nothing is covered there or when every corner is as bad.
 */
export const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MARGIN = 20;

function cornerBox(corner: Corner, width: number, height: number, view: { width: number; height: number }): Box {
  const left = corner.endsWith('right') ? view.width - MARGIN - width : MARGIN;
  const top = corner.startsWith('bottom') ? view.height - MARGIN - height : MARGIN;
  return { left, top, right: left + width, bottom: top + height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Something the notices should not cover, and how much covering it would matter. */
export interface Obstacle extends Box {
  weight: number;
}

export const WEIGHT = { focused: 1000, primary: 100, control: 1 } as const;

/** The corner whose box (the notices' size) covers the least weight; the first such corner on a tie. */
export function pickCorner(size: { width: number; height: number }, view: { width: number; height: number }, obstacles: Obstacle[]): Corner {
  if (size.width === 0 || size.height === 0) return 'bottom-right';
  let best: Corner = 'bottom-right';
  let bestCost = Infinity;
  for (const corner of CORNERS) {
    const box = cornerBox(corner, size.width, size.height, view);
    const cost = obstacles.reduce((sum, o) => (overlaps(box, o) ? sum + o.weight : sum), 0);
    if (cost < bestCost) [best, bestCost] = [corner, cost];
  }
  return best;
}

const PRIMARY = '.button.primary, button[type="submit"]';
const CONTROL = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The controls on screen now, outside the notices themselves, each weighed. */
export function obstaclesOnScreen(): Obstacle[] {
  const out: Obstacle[] = [];
  const focused = document.activeElement;
  for (const el of document.querySelectorAll(CONTROL)) {
    if (el.closest('.notices')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.bottom <= 0 || r.top >= window.innerHeight) continue;
    const weight = el === focused ? WEIGHT.focused : el.matches(PRIMARY) ? WEIGHT.primary : WEIGHT.control;
    out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, weight });
  }
  return out;
}
