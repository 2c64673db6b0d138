import { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import { confirmations, confirmOrStop } from '../../services/confirm';
import { changeFolder, folderChoiceOf, type FolderChange, type FolderChoice } from '../../services/data-folder';

/** The app itself: where data lives, opening links outside Mend. */
export const appSchemas = {
  'app:info': z.strictObject({}),
  'app:change-folder': z.strictObject({}),
  'app:open-link': z.strictObject({
    url: z
      .string()
      .max(2000)
      .refine((u) => /^(https?:\/\/|mailto:)/i.test(u), 'Only web and email links can be opened.'),
  }),
};

type In<C extends keyof typeof appSchemas> = z.output<(typeof appSchemas)[C]>;

export interface AppInfo {
  dataFolder: string;
  version: string;
  folderChoice: FolderChoice;
}

export interface AppContract {
  /** Where the journals live, shown in Settings. */
  'app:info': (input: In<'app:info'>) => AppInfo;
  /**
   * Settings → Your data: the system's folder picker, then main's look at what the folder holds, a
   * native confirmation, and a restart on it (the journal copied there first into an empty folder).
   */
  'app:change-folder': (input: In<'app:change-folder'>) => FolderChange;
  /** Opens a link from journal text in the system browser, after the renderer has asked the user. */
  'app:open-link': (input: In<'app:open-link'>) => { opened: true };
}

export const APP_VERSION = '0.1.0';

export const appHandlers = (ctx: ServiceContext) => ({
  'app:info': async (): Promise<AppInfo> => ({ dataFolder: ctx.platform.dataFolder, version: APP_VERSION, folderChoice: folderChoiceOf(ctx.platform) }),
  'app:change-folder': () => changeFolder(ctx.platform),
  'app:open-link': async (i: In<'app:open-link'>) => {
    await confirmOrStop(ctx.platform, confirmations.openLink(i.url));
    await ctx.platform.openExternal(i.url);
    return { opened: true as const };
  },
});
