/**
 * The rest of what main touches: dialogs, menus, notifications, shell, theme, screens. Quotes are
 * from node_modules/electron/electron.d.ts (45.4.1). Nothing here opens anything on this machine:
 * every call is reported to the test, and dialogs wait for the test's answer.
 */
import { EventEmitter } from 'node:events';
import { askTest, logStep, report, requireReady } from './runtime';

interface MessageBoxOptions {
  message: string;
  detail?: string;
  title?: string;
  buttons?: string[];
  cancelId?: number;
  defaultId?: number;
  type?: string;
}

/** Dialog calls take an optional parent window first. */
const optionsOf = <T>(args: unknown[]): T => (args.length > 1 ? args[1] : args[0]) as T;

export const dialog = {
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    const options = optionsOf<MessageBoxOptions>(args);
    const response = (await askTest('dialog', { kind: 'message', options })) as number;
    return { response, checkboxChecked: false };
  },
  /** "This API can be called safely before the `ready` event the `app` module emits". */
  showErrorBox(title: string, content: string): void {
    logStep(`error-box ${title}`);
    report('error-box', { title, content });
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    const options = optionsOf<Record<string, unknown>>(args);
    const path = (await askTest('dialog', { kind: 'open', options })) as string | null;
    return path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] };
  },
};

interface TemplateItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  submenu?: Template;
  click?: () => void;
}
type Template = TemplateItem[];
let applicationMenu: Menu | null = null;

export class Menu {
  constructor(readonly template: Template) {}
  static buildFromTemplate = (template: Template): Menu => new Menu(template);
  static setApplicationMenu(menu: Menu | null): void {
    applicationMenu = menu;
  }
  static getApplicationMenu = (): Menu | null => applicationMenu;
  popup(): void {
    report('context-menu', describeMenu(this.template));
  }
}

/** Labels and roles only: what a person would see, for the tests to read. */
export function describeMenu(template: Template): unknown[] {
  return template.map((item) => ({
    label: item.label ?? null,
    role: item.role ?? null,
    type: item.type ?? null,
    accelerator: item.accelerator ?? null,
    submenu: Array.isArray(item.submenu) ? describeMenu(item.submenu) : null,
  }));
}

export const appMenu = (): Menu | null => applicationMenu;

/** A click on a menu item: its own click handler (roles are Electron's and not modelled). */
export function clickMenuItem(template: Template, label: string): void {
  for (const item of template) {
    if (item.label === label && item.click) return item.click();
    if (Array.isArray(item.submenu)) clickMenuItem(item.submenu, label);
  }
}

const notifications: Notification[] = [];

export class Notification extends EventEmitter {
  static isSupported = (): boolean => true;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show(): void {
    notifications.push(this);
    report('notification', { title: this.options.title, body: this.options.body });
  }
}
export const lastNotification = (): Notification | null => notifications.at(-1) ?? null;

export const shell = {
  async openExternal(url: string): Promise<void> {
    logStep('open-external');
    report('open-external', url);
  },
  async openPath(path: string): Promise<string> {
    report('open-path', path);
    return '';
  },
  showItemInFolder: (path: string) => report('show-item', path),
};

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' });

const DISPLAY = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 };

/** "This module cannot be used until the `ready` event of the `app` module is emitted." */
export const screen = Object.assign(new EventEmitter(), {
  getAllDisplays: () => (requireReady('screen'), [DISPLAY]),
  getPrimaryDisplay: () => (requireReady('screen'), DISPLAY),
  getDisplayMatching: () => (requireReady('screen'), DISPLAY),
  getDisplayNearestPoint: () => (requireReady('screen'), DISPLAY),
});
