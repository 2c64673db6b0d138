import { Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

type Params = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/**
 * The right-click menu: spelling suggestions and "Add to Dictionary" for a misspelled word, then
 * Cut / Copy / Paste / Select All as the spot allows. Nothing here is logged: the word is journal text.
 */
export function contextMenuTemplate(params: Params, contents: Pick<WebContents, 'replaceMisspelling' | 'session'>): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    for (const suggestion of params.dictionarySuggestions.slice(0, 5)) {
      items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
    }
    if (params.dictionarySuggestions.length === 0) items.push({ label: 'No suggestions', enabled: false });
    items.push(
      { label: 'Add to Dictionary', click: () => void contents.session.addWordToSpellCheckerDictionary(params.misspelledWord) },
      { type: 'separator' },
    );
  }
  const flags = params.editFlags;
  if (params.isEditable) items.push({ role: 'cut', enabled: flags.canCut });
  if (params.isEditable || params.selectionText.trim() !== '') items.push({ role: 'copy', enabled: flags.canCopy });
  if (params.isEditable) items.push({ role: 'paste', enabled: flags.canPaste });
  items.push({ type: 'separator' }, { role: 'selectAll', enabled: flags.canSelectAll });
  return items;
}

export function installContextMenu(win: BrowserWindow): void {
  win.webContents.on('context-menu', (_event, params) => {
    Menu.buildFromTemplate(contextMenuTemplate(params, win.webContents)).popup({ window: win });
  });
}
