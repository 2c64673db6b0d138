import type { Adapter } from 'lowdb';
import type { FileStore } from './file-store';
import { decodeEnvelope, encodeEnvelope, UnreadableFileError, type EnvelopeSpec } from './envelope';
import { DomainError } from '../errors';

/**
 * lowdb adapter: envelope codec (version, checksum, migrations, validation) over the durable FileStore.
 * Composes as codec → (optional encryption) → durable file, so services never see bytes.
 */
export class EnvelopeAdapter<T> implements Adapter<T> {
  constructor(
    private readonly files: FileStore,
    readonly path: string,
    private readonly spec: EnvelopeSpec<T>,
  ) {}

  async read(): Promise<T | null> {
    const bytes = await this.files.read(this.path);
    if (bytes === null) return null;
    try {
      return decodeEnvelope(this.spec, bytes);
    } catch (e) {
      throw damagedFileError(this.path, e);
    }
  }

  async write(data: T): Promise<void> {
    await this.files.write(this.path, encodeEnvelope(this.spec, data));
  }
}

/** Why a journal file holding another person's journal (copied or renamed over it) is not read as them. */
export const FOREIGN_JOURNAL = "it holds someone else's journal";

export function damagedFileError(path: string, cause: unknown): DomainError {
  if (cause instanceof DomainError) return cause;
  const reason = cause instanceof UnreadableFileError ? cause.reason : 'it could not be read';
  return new DomainError(
    'damaged',
    `Mend could not read ${path}: ${reason}. The file has been left exactly as it is.`,
    { file: path, reason },
  );
}
