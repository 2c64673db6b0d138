import type { ErrorCode } from '../errors';

/** What crosses the IPC boundary. Electron keeps only an error's message, so errors travel as data. */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; code: ErrorCode; message: string; field?: string; detail?: Record<string, string | number | boolean | null> };
