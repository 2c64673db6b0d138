import type { MemoryFileStore } from './memory-file-store';
import { fromWire } from '../../src/core/store/index-wire';
import { SUMMARY_VERSION } from '../../src/core/store/summarize';

/**
 * The index as written to disk (all its shards, in any device's index folder), parsed, and read back
 * from the cache's compact form (store/index-wire.ts) into summaries; a shard that is not in it throws.
 */
export function readIndex(files: MemoryFileStore): { relationships: Record<string, unknown>[] } {
  const shards = [...files.files.entries()].filter(([path]) => /^(devices\/[0-9a-f]{16}\/)?index\//.test(path));
  if (shards.length === 0) throw new Error('no index');
  const relationships = shards.flatMap(([path, bytes]) => {
    const { data } = JSON.parse(Buffer.from(bytes).toString('utf8')) as { data: unknown };
    const read = fromWire(data, SUMMARY_VERSION);
    if (read === null) throw new Error(`${path} is not in the index cache's form`);
    return read.relationships as unknown as Record<string, unknown>[];
  });
  return { relationships };
}

/** The index folder of a core opened without a device identity (most tests), as path segments. */
export const ANON_INDEX = ['devices', '0000000000000000', 'index'] as const;
