import type { Lister } from './journal-replica';

/**
 * Each folder listed once, when a read first asks, and the same names handed to every read after: for
 * reading many journals in one go (the search build), where each read would otherwise list
 * relationships/ and logs/ again (600 listings of 300 names for 300 people). A file that appears
 * later is brought in as any other computer's file is (JournalStore.refresh: a journal read already
 * is read again); one gone by the time it is read reads as missing, as it would a moment after any
 * listing. Only for reads: a journal once read keeps the folder store itself for everything after.
 */
export function sharedListings(files: Lister): Lister {
  const taken = new Map<string, Promise<string[]>>();
  return {
    list(dir) {
      let names = taken.get(dir);
      if (!names) {
        names = files.list(dir);
        taken.set(dir, names);
        // A listing that failed is asked again by the next read, not handed out.
        names.catch(() => taken.delete(dir));
      }
      return names;
    },
  };
}
