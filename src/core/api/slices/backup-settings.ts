import { z } from 'zod';
import { DAILY_DAYS, backupSettingsSchema, type BackupSettings } from '../../model/backup-settings';
import type { ServiceContext } from '../../services/context';

/** How many earlier versions of each journal Mend keeps in backups/. */
export const backupSettingsSchemas = {
  'backups:settings': z.strictObject({}),
  'backups:save-settings': backupSettingsSchema,
};

type In<C extends keyof typeof backupSettingsSchemas> = z.output<(typeof backupSettingsSchemas)[C]>;

export type BackupPolicyView = BackupSettings & { dailyDays: number };

export interface BackupSettingsContract {
  /** The versions kept of each journal: the newest `keepLast`, plus one a day for `dailyDays` days. */
  'backups:settings': (input: In<'backups:settings'>) => BackupPolicyView;
  /** Changes how many newest versions are kept (1–100); applies from the next time Mend opens. */
  'backups:save-settings': (input: In<'backups:save-settings'>) => BackupPolicyView;
}

export const backupSettingsHandlers = (ctx: ServiceContext) => ({
  'backups:settings': async () => ({ ...(await ctx.platform.readBackupSettings()), dailyDays: DAILY_DAYS }),
  'backups:save-settings': async (i: In<'backups:save-settings'>) => {
    await ctx.platform.saveBackupSettings(i);
    return { ...i, dailyDays: DAILY_DAYS };
  },
});
