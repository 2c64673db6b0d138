import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn((t: unknown) => t) } }));

import { contextMenuTemplate } from '../../../src/main/context-menu';
import { createErrorLog, describeSafely } from '../../../src/main/error-log';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: false };
const contents = () => ({ replaceMisspelling: vi.fn(), session: { addWordToSpellCheckerDictionary: vi.fn(() => true) } });

describe('the context menu', () => {
  it('offers spelling suggestions and Add to Dictionary for a misspelled word, then the edit commands', () => {
    const wc = contents();
    const menu = contextMenuTemplate(
      { misspelledWord: 'trsut', dictionarySuggestions: ['trust', 'truss'], isEditable: true, selectionText: '', editFlags: flags },
      wc as never,
    );
    expect(menu.map((i) => i.label ?? i.role ?? i.type)).toEqual(['trust', 'truss', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    menu[0]!.click!({} as never, undefined, {} as never);
    expect(wc.replaceMisspelling).toHaveBeenCalledWith('trust');
    menu[2]!.click!({} as never, undefined, {} as never);
    expect(wc.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('trsut');
  });

  it('on read-only text with a selection: Copy and Select All only', () => {
    const menu = contextMenuTemplate({ misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: 'a line', editFlags: flags }, contents() as never);
    expect(menu.map((i) => i.role ?? i.type)).toEqual(['copy', 'separator', 'selectAll']);
  });
});

// Spellcheck (off on Linux until turned on, the system's own elsewhere): tests/unit/main/spelling.test.ts.

describe('the error log', () => {
  it('records what went wrong in user data/logs, never an error message (which may quote journal text)', () => {
    const userData = mkdtempSync(join(tmpdir(), 'mend-log-'));
    const log = createErrorLog(userData, () => new Date('2026-12-01T10:00:00Z'));
    const error = Object.assign(new Error('could not save "I was furious with Sam"'), { code: 'ENOSPC' });
    log.record('main-uncaught', error);
    log.record('renderer-crashed');
    log.record('spaces and "quotes" are not an event', new TypeError('Sam said'));
    const text = readFileSync(join(userData, 'logs', 'mend.log'), 'utf8');
    expect(text).toBe('2026-12-01T10:00:00.000Z main-uncaught Error ENOSPC\n2026-12-01T10:00:00.000Z renderer-crashed\n2026-12-01T10:00:00.000Z event TypeError\n');
    expect(text).not.toMatch(/Sam|furious/);
    expect(describeSafely({ name: 'x', code: 'a b c' })).toBe('object');
  });
});
