import * as zlib from 'node:zlib';
import { useNativeCrc32, type NativeCrc32 } from '../../core/store/crc32';

/**
 * Checksums of snapshots and envelopes in native code: Node's zlib.crc32 (Node ≥ 20.15, every Electron
 * Mend ships with). Where it is missing, core's own table loop stays in use; the numbers are the same.
 */
export function installNativeCrc32(): void {
  const native = (zlib as { crc32?: NativeCrc32 }).crc32;
  if (typeof native === 'function') useNativeCrc32((bytes, previous) => native(bytes, previous));
}
