import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) } }));

import type { MenuItemConstructorOptions } from 'electron';
import { applicationMenuTemplate, isDevelopment } from '../../../src/main/menu';

const actions = { newPerson: vi.fn(), showLogFolder: vi.fn() };
type Items = MenuItemConstructorOptions[];
const sub = (items: Items, label: string): Items => (items.find((i) => i.label === label || i.role === label)?.submenu ?? []) as Items;
const names = (items: Items): unknown[] => items.map((i) => i.role ?? i.label ?? i.type);

describe('the application menu', () => {
  it('offers Reload and DevTools only in development, which is said explicitly', () => {
    expect(names(sub(applicationMenuTemplate(false, false, actions), 'View'))).not.toContain('toggleDevTools');
    expect(names(sub(applicationMenuTemplate(false, false, actions), 'View'))).not.toContain('reload');
    expect(names(sub(applicationMenuTemplate(false, true, actions), 'View'))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(isDevelopment({}, false)).toBe(false);
    expect(isDevelopment({ MEND_DEV: '1' }, false)).toBe(true);
    expect(isDevelopment({}, true)).toBe(true);
  });

  it('on macOS: the app menu with About, Hide and Quit; File with New Person and Close Window (Cmd+W)', () => {
    const menu = applicationMenuTemplate(true, false, actions);
    expect(menu.map((i) => i.label ?? i.role)).toEqual(['Mend', 'File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(names(sub(menu, 'Mend'))).toEqual(expect.arrayContaining(['about', 'hide', 'hideOthers', 'quit']));
    const file = sub(menu, 'File');
    expect(names(file)).toEqual(['New Person', 'separator', 'close']);
    file[0]!.click!({} as never, undefined, {} as never);
    expect(actions.newPerson).toHaveBeenCalled();
  });

  it('on Windows and Linux: File ends with Quit, Help has About and the log folder', () => {
    const menu = applicationMenuTemplate(false, false, actions);
    expect(menu.map((i) => i.label ?? i.role)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(names(sub(menu, 'File'))).toEqual(['New Person', 'separator', 'close', 'separator', 'quit']);
    const help = sub(menu, 'help');
    expect(names(help)).toEqual(['Show the Log Folder', 'about']);
    help[0]!.click!({} as never, undefined, {} as never);
    expect(actions.showLogFolder).toHaveBeenCalled();
  });
});
