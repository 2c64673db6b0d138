import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const shown: { title: string; body: string }[] = [];
  const clicks: (() => void)[] = [];
  class Notification {
    static isSupported = vi.fn(() => true);
    constructor(private readonly options: { title: string; body: string }) {}
    on(event: string, fn: () => void) {
      if (event === 'click') clicks.push(fn);
    }
    show() {
      shown.push(this.options);
    }
  }
  const win = {
    isDestroyed: () => false,
    isMinimized: () => true,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { executeJavaScript: vi.fn(() => Promise.resolve()) },
  };
  return { shell: { openExternal: vi.fn() }, Notification, shown, clicks, win, BrowserWindow: { getAllWindows: () => [win] } };
});
vi.mock('electron', () => electron);

import { createElectronPlatform } from '../../../src/main/platform';
import { noSpelling } from './fixtures/no-spelling';
import { fixedFolders } from './fixtures/fixed-folders';
import { MAX_NOTIFICATIONS_PER_POLL, REMINDER_POLL_MS, startReminders, type ReminderPoller } from '../../../src/main/reminders';
import type { Reminder } from '../../../src/core/logic/reminders';

const reminder = (key: string, title = 'Time for a trust check', body = 'With Sam Rivera'): Reminder => ({
  key, kind: 'check', relationshipId: 'r1', relationshipName: 'Sam Rivera', title, body,
});

describe('desktop reminders from the main process', () => {
  let due: Reminder[];
  let clock: Date;
  let poller: ReminderPoller | null;
  const core = { call: vi.fn(async (channel: string) => (channel === 'reminders:due' ? { ok: true as const, value: due } : { ok: false as const, code: 'invalid-input' as const, message: '' })) };
  const start = () => (poller = startReminders(core, createElectronPlatform({ dataFolder: '/data', deviceId: '0123456789abcdef' }, noSpelling, fixedFolders), { now: () => clock }));

  beforeEach(() => {
    vi.useFakeTimers();
    electron.shown.length = 0;
    core.call.mockClear();
    due = [reminder('check:r1'), reminder('commitment:r1:c1', 'Your commitment is due today')];
    clock = new Date(2026, 5, 1, 9, 0);
    poller = null;
  });
  afterEach(() => {
    poller?.stop();
    vi.useRealTimers();
  });

  it('asks core on start and shows each due item as a notification', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(core.call).toHaveBeenCalledWith('reminders:due', {});
    expect(electron.shown).toEqual([
      { title: 'Time for a trust check', body: 'With Sam Rivera' },
      { title: 'Your commitment is due today', body: 'With Sam Rivera' },
    ]);
  });

  it('notifies each item once a day, however often it polls, and again the next day', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS * 4);
    expect(core.call).toHaveBeenCalledTimes(5);
    expect(electron.shown).toHaveLength(2);
    due = [...due, reminder('check:r2', 'A trust check is overdue', 'With Ana Silva: no check for 22 days')];
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS);
    expect(electron.shown.at(-1)).toEqual({ title: 'A trust check is overdue', body: 'With Ana Silva: no check for 22 days' });
    expect(electron.shown).toHaveLength(3);
    clock = new Date(2026, 5, 2, 9, 0);
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS);
    expect(electron.shown).toHaveLength(6);
  });

  it('folds many items into one summary instead of a stack of alerts', async () => {
    due = ['a', 'b', 'c', 'd', 'e'].map((k) => reminder(k));
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.shown).toHaveLength(MAX_NOTIFICATIONS_PER_POLL);
    expect(electron.shown.at(-1)).toEqual({ title: '3 more reminders', body: 'They are waiting on Home in Mend.' });
  });

  it('stays quiet and alive when core is locked, answers nothing, or throws', async () => {
    core.call.mockResolvedValueOnce({ ok: false, code: 'locked', message: 'Locked.' } as never);
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.shown).toEqual([]);
    core.call.mockResolvedValueOnce(undefined as never);
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS);
    core.call.mockRejectedValueOnce(new Error('boom'));
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS);
    expect(electron.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS);
    expect(electron.shown).toHaveLength(2);
  });

  it('shows nothing where the system has no notifications, and stops when asked', async () => {
    electron.Notification.isSupported.mockReturnValue(false);
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.shown).toEqual([]);
    electron.Notification.isSupported.mockReturnValue(true);
    poller!.stop();
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS * 3);
    expect(core.call).toHaveBeenCalledTimes(1);
  });

  it('a click on a reminder brings Mend forward on that person\'s page', async () => {
    electron.clicks.length = 0;
    start();
    await vi.waitFor(() => expect(electron.shown).toHaveLength(2));
    electron.clicks[0]!();
    expect(electron.win.restore).toHaveBeenCalled();
    expect(electron.win.focus).toHaveBeenCalled();
    expect(electron.win.webContents.executeJavaScript).toHaveBeenCalledWith("location.hash = '#/r/r1'");
  });
});
