/**
 * Every word the search index has been given, to answer "can this query find anything at all?"
 * before asking the index. Every query word must match (AND), so one word that matches nothing means
 * no result; the index would still score every document for the other words first (a common word's
 * prefix touches nearly every entry). Words are only added: a word whose entries were removed still
 * counts as possible, which costs a search, never a result.
 */
export class Vocabulary {
  private readonly words = new Set<string>();

  /** Passes the words through, remembering them (used as the index's tokenizer, so nothing is missed). */
  remember(words: string[]): string[] {
    for (const word of words) this.words.add(word);
    return words;
  }

  /**
   * False only when `word` cannot match: no word is it, none starts with it (from `prefixFrom` letters),
   * and none is within `distance` edits of it.
   */
  mayMatch(word: string, prefixFrom: number, distance: number): boolean {
    if (this.words.has(word)) return true;
    for (const known of this.words) {
      if (word.length >= prefixFrom && known.startsWith(word)) return true;
      if (distance > 0 && withinEdits(word, known, distance)) return true;
    }
    return false;
  }
}

/** Levenshtein distance of a and b is at most `max` (one row at a time, stopping once a row exceeds it). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}
