import MiniSearch, { type Options } from 'minisearch';
import type { GatheredIndex } from './search-bulk';

/**
 * MiniSearch made from a gathered index (search-bulk.ts) as `MiniSearch.loadJS` makes it from its
 * serialised form, but taking the Maps as they are: loadJS would turn every word's postings from
 * objects into the very Maps the bulk build already holds (most of its time at L). It sets the same
 * fields loadJS sets, through the protected members MiniSearch lets a subclass reach; the engine tests
 * compare its answers with an index built a document at a time.
 */
export class LoadedMiniSearch<T> extends MiniSearch<T> {
  static fromGathered<T>(gathered: GatheredIndex, options: Options<T>): LoadedMiniSearch<T> {
    const mini = new LoadedMiniSearch<T>(options);
    mini._documentCount = gathered.documentCount;
    mini._nextId = gathered.nextId;
    mini._avgFieldLength = gathered.averageFieldLength;
    mini._documentIds = gathered.documentIds;
    mini._fieldLength = gathered.fieldLength;
    for (const [short, id] of gathered.documentIds) mini._idToShortId.set(id, short);
    for (const [word, postings] of gathered.index) mini._index.set(word, postings);
    return mini;
  }
}
