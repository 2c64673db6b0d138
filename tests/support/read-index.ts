import type { MemoryFileStore } from './memory-file-store';

/** The index as written to disk (all its shards), parsed. */
export function readIndex(files: MemoryFileStore): { relationships: Record<string, unknown>[] } {
  const shards = [...files.files.entries()].filter(([path]) => path.startsWith('index/'));
  if (shards.length === 0) throw new Error('no index');
  const relationships = shards.flatMap(
    ([, bytes]) => (JSON.parse(Buffer.from(bytes).toString('utf8')) as { data: { relationships: Record<string, unknown>[] } }).data.relationships,
  );
  return { relationships };
}
