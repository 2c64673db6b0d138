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
});
