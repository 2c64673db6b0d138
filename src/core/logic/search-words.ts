import { splitWords } from './search-text';

/** search-text.ts's ASCII word boundary, as a table by character code. */
const BOUNDARY = new Uint8Array(128);
for (const c of '\n\r !"#%&\'()*,-./:;?@[\\]_{}') BOUNDARY[c.charCodeAt(0)] = 1;

interface Known {
  word: string;
  /** The text that last met this word: a word is listed once per text. */
  seenIn: number;
  /** Another word with the same hash. */
  next: Known | null;
}

/**
 * A text's distinct words, lower-case, in the order they first appear: exactly what
 * `new Set(splitWords(text))` holds without the empty string. Indexing reads every word of every
 * entry, most of them words met many times before; plain ASCII text (nearly all of a journal) is
 * scanned a character at a time and each word is matched against those already known by a hash of its
 * characters, so a known word costs no new string and no set. Other text takes splitWords.
 */
export class DistinctWords {
  private readonly known = new Map<number, Known>();
  private text = 0;

  of(text: string): string[] {
    this.text++;
    const out: string[] = [];
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      // Beyond ASCII: the whole text takes splitWords (the words listed so far are dropped with `out`).
      if (code > 127) return this.fromSplit(text);
      if (BOUNDARY[code] === 1) {
        // Kept to 30 bits: a small integer key, which a Map looks up fastest.
        if (start >= 0) this.meet(text, start, i, hash & 0x3fffffff, out);
        start = -1;
        continue;
      }
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
    }
    return out;
  }

  /** Lists the word text[start, end) unless this text listed it already. */
  private meet(text: string, start: number, end: number, hash: number, out: string[]): void {
    const first = this.known.get(hash);
    let found: Known | null = first ?? null;
    while (found && !same(found.word, text, start, end)) found = found.next;
    if (!found) {
      found = { word: text.slice(start, end).toLowerCase(), seenIn: 0, next: first ?? null };
      this.known.set(hash, found);
    }
    if (found.seenIn === this.text) return;
    found.seenIn = this.text;
    out.push(found.word);
  }

  private fromSplit(text: string): string[] {
    const words = new Set(splitWords(text));
    words.delete('');
    return [...words];
  }
}

/** Whether the lower-case `word` is text[start, end) lower-cased (ASCII text). */
function same(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(start + k);
    if (word.charCodeAt(k) !== (code >= 65 && code <= 90 ? code + 32 : code)) return false;
  }
  return true;
}
