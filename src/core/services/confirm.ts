import { DomainError } from '../errors';
import type { Platform } from './platform';

/**
 * The dangerous things main asks the person about itself, in a native dialog the page cannot draw
 * or answer: a compromised page can call any channel, so its own "Are you sure?" is not enough.
 * Messages name what will happen; they never carry journal text beyond a person's name.
 */
export interface ConfirmRequest {
  kind: 'open-link' | 'encryption-on' | 'encryption-off' | 'delete-person' | 'import' | 'forget-device' | 'quit-losing-held' | 'move-journal' | 'open-journal';
  message: string;
  detail: string;
  /** The button that goes ahead; the other one, the default, is "Cancel" unless `cancelLabel` names it. */
  confirmLabel: string;
  cancelLabel?: string;
}

/** Asks through the platform; a "no" stops the call with nothing changed. */
export async function confirmOrStop(platform: Pick<Platform, 'confirm'>, request: ConfirmRequest): Promise<void> {
  if (await platform.confirm(request)) return;
  throw new DomainError('conflict', 'You chose not to go ahead, so nothing was changed.');
}

export const confirmations = {
  forgetDevice: (name: string): ConfirmRequest => ({
    kind: 'forget-device',
    message: `Forget “${name.slice(0, 120)}”?`,
    detail: 'Its changes are already in your journal and stay there. Mend stops keeping old change lines for it. If it opens this folder again, it is remembered again.',
    confirmLabel: 'Forget this computer',
  }),
  openLink: (url: string): ConfirmRequest => ({
    kind: 'open-link',
    message: 'Open this link in your browser?',
    detail: url.length > 300 ? `${url.slice(0, 299)}…` : url,
    confirmLabel: 'Open link',
  }),
  encryptionOn: (): ConfirmRequest => ({
    kind: 'encryption-on',
    message: 'Turn on the passphrase?',
    detail: 'Every file in your journal folder will be encrypted. Without the passphrase or the recovery key, nobody can read it, not even you.',
    confirmLabel: 'Encrypt my journal',
  }),
  encryptionOff: (): ConfirmRequest => ({
    kind: 'encryption-off',
    message: 'Turn off the passphrase?',
    detail: 'Your journal folder will be stored as plain, readable files again.',
    confirmLabel: 'Turn it off',
  }),
  deletePerson: (name: string): ConfirmRequest => ({
    kind: 'delete-person',
    message: `Delete ${name || 'this person'}?`,
    detail: 'Their journal moves to the trash folder inside your data folder; it is not erased.',
    confirmLabel: 'Delete',
  }),
  importBackup: (fileName: string, people: number): ConfirmRequest => ({
    kind: 'import',
    message: `Import ${fileName}?`,
    detail: `This brings in what the check showed for ${people} ${people === 1 ? 'person' : 'people'}.`,
    confirmLabel: 'Import',
  }),
  /** Copying the journal into an empty folder the person picked, and restarting there. */
  moveJournal: (to: string, from: string): ConfirmRequest => ({
    kind: 'move-journal',
    message: 'Keep your journal in this folder from now on?',
    detail: `${to}\n\nMend saves what you are writing, restarts, and copies your journal there. The copy is checked before Mend opens it. Your journal in ${from} stays as it is; once you have looked at the new one, you can delete the old folder if you like.`,
    confirmLabel: 'Move and restart',
  }),
  /** Opening the journal already in a folder the person picked (another computer's, through a sync tool). */
  openJournal: (at: string, from: string, known: boolean): ConfirmRequest => ({
    kind: 'open-journal',
    message: 'Open the journal in this folder?',
    detail: `${at}\n\n${
      known
        ? 'This computer has written in that journal before. It opens as that folder holds it now: what you wrote here since is not in it, unless your sync tool keeps the two folders in step.'
        : 'Mend opens the journal as that folder holds it now.'
    } Mend saves what you are writing and restarts. Nothing is copied or merged: your journal in ${from} stays there, and Settings can switch back to it. (A backup file, imported there, brings its people along.)`,
    confirmLabel: 'Open and restart',
  }),
  /** Quitting while text a lock kept in memory (never on disk) is not saved; `labels` are text-free. */
  quitLosingHeld: (held: { locked: boolean; labels: readonly string[] }): ConfirmRequest => ({
    kind: 'quit-losing-held',
    message: "Some words you wrote aren't saved yet",
    detail: held.locked
      ? `Mend kept them safe while it was locked: ${held.labels.join('; ')}. Unlock Mend to keep them; if you quit now, they are gone.`
      : `Mend could not save them, perhaps because the disk is full: ${held.labels.join('; ')}. Go back and make some room first; if you quit now, they are gone.`,
    confirmLabel: 'Quit and lose them',
    cancelLabel: 'Go back',
  }),
};
