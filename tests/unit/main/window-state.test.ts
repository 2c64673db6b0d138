import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeOnScreen, readWindowState, writeWindowState } from '../../../src/main/window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const min = { width: 760, height: 560 };

describe('window state', () => {
  it('is remembered across runs, and unreadable state is ignored', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mend-ws-')), 'state', 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { bounds: { x: 40, y: 50, width: 1000, height: 700 }, maximized: true });
    expect(readWindowState(file)).toEqual({ bounds: { x: 40, y: 50, width: 1000, height: 700 }, maximized: true });
    writeWindowState(file, { bounds: { x: 1, y: 2, width: Number.NaN, height: 3 }, maximized: false });
    expect(readWindowState(file)).toBeNull();
  });

  it('keeps a window that is on a screen where it was', () => {
    expect(placeOnScreen({ x: 100, y: 80, width: 1000, height: 700 }, [screen], min)).toEqual({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('brings back a window whose monitor is gone: size only (centred by Electron), shrunk to fit', () => {
    expect(placeOnScreen({ x: 2400, y: 100, width: 2500, height: 1400 }, [screen], min)).toEqual({ width: 1920, height: 1040 });
    expect(placeOnScreen({ x: 100, y: -600, width: 900, height: 500 }, [screen], min)).toEqual({ width: 900, height: 560 });
  });

  it('never opens with only a sliver of its title bar on screen (found by attack22-shell: 3 px above the taskbar)', () => {
    // 3 rows of a 1,100 px title bar made up the area once; now the whole bar's height must be on a screen.
    expect(placeOnScreen({ x: 200, y: 1037, width: 1100, height: 760 }, [screen], min)).toEqual({ width: 1100, height: 760 });
    expect(placeOnScreen({ x: 200, y: -35, width: 1100, height: 760 }, [screen], min)).toEqual({ width: 1100, height: 760 });
    // Only 40 px of its width on screen, at the far right: too little to grab.
    expect(placeOnScreen({ x: 1880, y: 100, width: 1000, height: 700 }, [screen], min)).toEqual({ width: 1000, height: 700 });
    // The whole bar just inside the bottom edge, or 100 px of it at the side, can still be grabbed: kept.
    expect(placeOnScreen({ x: 200, y: 1000, width: 1100, height: 760 }, [screen], min)).toEqual({ x: 200, y: 1000, width: 1100, height: 760 });
    expect(placeOnScreen({ x: 1820, y: 100, width: 1000, height: 700 }, [screen], min)).toEqual({ x: 1820, y: 100, width: 1000, height: 700 });
  });
});
