import type { MemoryFileStore } from './memory-file-store';

/** The index as written to disk (all its shards, in any device's index folder), parsed. */
export function readIndex(files: MemoryFileStore): { relationships: Record<string, unknown>[] } {
  const shards = [...files.files.entries()].filter(([path]) => /^(devices\/[0-9a-f]{16}\/)?index\//.test(path));
  if (shards.length === 0) throw new Error('no index');
  const relationships = shards.flatMap(
    ([, bytes]) => (JSON.parse(Buffer.from(bytes).toString('utf8')) as { data: { relationships: Record<string, unknown>[] } }).data.relationships,
  );
  return { relationships };
}

/** The index folder of a core opened without a device identity (most tests), as path segments. */
export const ANON_INDEX = ['devices', '0000000000000000', 'index'] as const;
