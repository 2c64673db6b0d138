/**
 * Every failure that reaches the user carries one of these codes and a message fit to show.
 * Messages never contain journal text: they name fields, files and limits, not what was written.
 */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'storage' | 'damaged' | 'locked' | 'internal';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Optional machine-readable detail for the UI (e.g. which field, which file). Never journal text. */
    readonly detail?: Record<string, string | number | boolean | null>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
