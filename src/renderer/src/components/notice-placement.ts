/**
 * Where the notices go: the first corner of the window where they cover no primary button (Save, Add,
 * Debrief it…), so a confirmation never hides the next thing to press. Bottom right unless taken.
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

/** The first corner whose box (the notices' size) meets none of the buttons; bottom right if all do. */
export function pickCorner(size: { width: number; height: number }, view: { width: number; height: number }, buttons: Box[]): Corner {
  if (size.width === 0 || size.height === 0) return 'bottom-right';
  return CORNERS.find((c) => !buttons.some((b) => overlaps(cornerBox(c, size.width, size.height, view), b))) ?? 'bottom-right';
}

/** The primary buttons on screen now, outside the notices themselves. */
export function primaryButtons(): Box[] {
  const boxes: Box[] = [];
  for (const el of document.querySelectorAll('.button.primary, button[type="submit"]')) {
    if (el.closest('.notices')) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.bottom > 0 && r.top < window.innerHeight) boxes.push(r);
  }
  return boxes;
}
