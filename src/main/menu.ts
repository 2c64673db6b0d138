import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** What the menu's own commands do; main wires them to the window. */
export interface MenuActions {
  newPerson(): void;
  showLogFolder(): void;
}

/**
 * Development is said explicitly (MEND_DEV=1, or electron-vite's dev server), never inferred from
 * "not packaged": everyone who runs `npm start` is unpackaged, and none of them needs DevTools.
 */
export function isDevelopment(env: Readonly<Record<string, string | undefined>>, devServer: boolean): boolean {
  return env['MEND_DEV'] === '1' || devServer;
}

const sep = { type: 'separator' } as const;

function macAppMenu(): MenuItemConstructorOptions {
  return {
    label: 'Mend',
    submenu: [{ role: 'about', label: 'About Mend' }, sep, { role: 'hide', label: 'Hide Mend' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit', label: 'Quit Mend' }],
  };
}

function fileMenu(isMac: boolean, actions: MenuActions): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    { label: 'New Person', accelerator: 'CmdOrCtrl+N', click: () => actions.newPerson() },
    sep,
    // 'close' is Close Window with Cmd+W / Ctrl+W; without it in a menu, macOS's Cmd+W does nothing.
    { role: 'close', label: 'Close Window' },
  ];
  if (!isMac) submenu.push(sep, { role: 'quit', label: 'Quit Mend' });
  return { label: 'File', submenu };
}

function viewMenu(isDev: boolean): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, sep, { role: 'togglefullscreen' }];
  if (isDev) submenu.push(sep, { role: 'reload' }, { role: 'toggleDevTools' });
  return { label: 'View', submenu };
}

/** The whole menu bar, per platform: macOS gets its app menu; every platform gets File, Edit, View, Window, Help. */
export function applicationMenuTemplate(isMac: boolean, isDev: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [macAppMenu()] : []),
    fileMenu(isMac, actions),
    { role: 'editMenu' },
    viewMenu(isDev),
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Show the Log Folder', click: () => actions.showLogFolder() }, ...(isMac ? [] : [{ role: 'about' as const, label: 'About Mend' }])],
    },
  ];
}

export function installApplicationMenu(isDev: boolean, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform === 'darwin', isDev, actions)));
}

/** File → New Person: the renderer's own route, reached by changing the hash (no reload, nothing lost). */
export function openNewPerson(win: BrowserWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  void win.webContents.executeJavaScript("location.hash = '#/new'").catch(() => undefined);
}
