/**
 * What core needs from the machine it runs on, beyond storage. Electron's main process provides the
 * real one; the end-to-end harness provides a recording one.
 */
export interface Platform {
  /** Opens an http(s) or mailto link in the system browser. Rejects any other scheme. */
  openExternal(url: string): Promise<void>;
  /** The data folder, shown in Settings. */
  readonly dataFolder: string;
  /** A desktop notification (reminders). Must never throw. */
  notify(title: string, body: string): void;
}
