import { createSignal } from 'solid-js';
import { ApiError, errorMessage } from './api';

export interface FormError {
  /** The field the message belongs beside; none for a message about the whole form. */
  field?: string;
  message: string;
}

/**
 * A form's one current error: set from a refused call (keeping the field the core named) or by the
 * form itself, and read per field so each message sits beside its control.
 */
export function createFormError() {
  const [error, setError] = createSignal<FormError | null>(null);
  return {
    error,
    setError,
    errorFor: (field: string): string | undefined => (error()?.field === field ? error()!.message : undefined),
    fromCaught: (err: unknown): void => {
      setError({ message: errorMessage(err), ...(err instanceof ApiError && err.field ? { field: err.field } : {}) });
    },
  };
}
