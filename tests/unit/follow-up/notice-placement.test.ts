import { describe, expect, it } from 'vitest';
import { pickCorner, WEIGHT } from '../../../src/renderer/src/components/notice-placement';

const view = { width: 1000, height: 700 };
const size = { width: 300, height: 60 };
// A control in each corner's box (the box is 20 px in from the edges).
const at = {
  'bottom-right': { left: 900, top: 640, right: 960, bottom: 670 },
  'bottom-left': { left: 30, top: 640, right: 90, bottom: 670 },
  'top-right': { left: 900, top: 30, right: 960, bottom: 60 },
  'top-left': { left: 30, top: 30, right: 90, bottom: 60 },
};

describe('where the notices go', () => {
  it('stays bottom right when nothing is there', () => {
    expect(pickCorner(size, view, [{ ...at['top-left'], weight: WEIGHT.primary }])).toBe('bottom-right');
  });

  it('moves off any control, not only a primary button (a Remove, an outcome button)', () => {
    expect(pickCorner(size, view, [{ ...at['bottom-right'], weight: WEIGHT.control }])).toBe('bottom-left');
  });

  it('covers a plain control rather than a primary button, and anything rather than the focused one', () => {
    const everywhere = (w: Record<keyof typeof at, number>) => Object.entries(at).map(([k, b]) => ({ ...b, weight: w[k as keyof typeof at] }));
    expect(pickCorner(size, view, everywhere({ 'bottom-right': WEIGHT.primary, 'bottom-left': WEIGHT.primary, 'top-right': WEIGHT.control, 'top-left': WEIGHT.primary }))).toBe('top-right');
    expect(pickCorner(size, view, everywhere({ 'bottom-right': WEIGHT.focused, 'bottom-left': WEIGHT.primary, 'top-right': WEIGHT.primary, 'top-left': WEIGHT.primary }))).toBe('bottom-left');
  });

  it('keeps bottom right when every corner is as bad, and when the notices have no size yet', () => {
    const all = Object.values(at).map((b) => ({ ...b, weight: WEIGHT.control }));
    expect(pickCorner(size, view, all)).toBe('bottom-right');
    expect(pickCorner({ width: 0, height: 0 }, view, [{ ...at['bottom-right'], weight: WEIGHT.focused }])).toBe('bottom-right');
  });
});
