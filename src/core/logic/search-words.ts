import { splitWords } from './search-text';

/** search-text.ts's ASCII word boundary (every character but a letter or a digit), as a table by character code. */
const BOUNDARY = new Uint8Array(128).fill(1);
for (let code = 0; code < 128; code++) if (/[0-9A-Za-z]/.test(String.fromCharCode(code))) BOUNDARY[code] = 0;

/** Any character beyond ASCII (search-text.ts's test for the same). */
const BEYOND_ASCII = /[^\x00-\x7f]/;
const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * A text's distinct words, lower-case, in the order they first appear: exactly what
 * `new Set(splitWords(text))` holds without the empty string. Indexing reads every word of every
 * entry, most of them words met many times before; plain ASCII text (nearly all of a journal) is
 * scanned a character at a time and each word is matched against those already known by a hash of its
 * characters, in an open-addressed table of numbers (no Map, no new string for a known word, no set).
 * Other text takes splitWords.
 */
export class DistinctWords {
  /** Per slot: the number of the known word there, or EMPTY. Kept at most half full. */
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  /** Per known word (by number): its hash, and the text that last listed it (a word is listed once per text). */
  private hashes: Int32Array = new Int32Array(1 << 11);
  private seenIn: Int32Array = new Int32Array(1 << 11);
  private readonly words: string[] = [];
  private text = 0;

  of(text: string): string[] {
    return this.numbersOf(text).map((number) => this.words[number]!);
  }

  /** The known word by its number (as `numbersOf` gives it). */
  word(number: number): string {
    return this.words[number]!;
  }

  /** As `of`, but each word by its number, which stays the word's for the life of this instance. */
  numbersOf(text: string): number[] {
    // Beyond ASCII: the whole text takes splitWords. Asked once, before the scan, rather than leaving the
    // scan part-way: with that exit inside the loop, V8 (Node 20's) now and then ran the loop's
    // optimised code into it on plain ASCII text, and the fallback then took a minute on a 200 KB text
    // (tests/unit/search/distinct-words.test.ts, about one run in two on 5 December).
    if (BEYOND_ASCII.test(text)) return this.fromSplit(text);
    this.text++;
    const out: number[] = [];
    const length = text.length;
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (BOUNDARY[code] === 1) {
        i++;
        continue;
      }
      const start = i;
      let hash = FNV_OFFSET;
      for (;;) {
        hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
        if (++i >= length) break;
        code = text.charCodeAt(i);
        if (BOUNDARY[code] === 1) break;
      }
      this.meet(text, start, i, hash, out);
    }
    return out;
  }

  /** Lists the word text[start, end) unless this text listed it already. */
  private meet(text: string, start: number, end: number, hash: number, out: number[]): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let known = this.slots[slot]!; known !== EMPTY; known = this.slots[slot]!) {
      if (this.hashes[known] === hash && same(this.words[known]!, text, start, end)) {
        if (this.seenIn[known] === this.text) return;
        this.seenIn[known] = this.text;
        out.push(known);
        return;
      }
      slot = (slot + 1) & mask;
    }
    const number = this.add(text.slice(start, end).toLowerCase(), hash);
    this.slots[slot] = number;
    out.push(number);
    if (this.words.length * 2 > this.slots.length) this.grow();
  }

  private add(word: string, hash: number): number {
    const number = this.words.length;
    if (number === this.hashes.length) {
      this.hashes = widened(this.hashes);
      this.seenIn = widened(this.seenIn);
    }
    this.words.push(word);
    this.hashes[number] = hash;
    this.seenIn[number] = this.text;
    return number;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let known = 0; known < this.words.length; known++) {
      let slot = this.hashes[known]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = known;
    }
    this.slots = slots;
  }

  /** splitWords's distinct words, each numbered as the scan would (it hashes a lower-case word as it is). */
  private fromSplit(text: string): number[] {
    const words = new Set(splitWords(text));
    words.delete('');
    this.text++;
    const out: number[] = [];
    for (const word of words) this.meet(word, 0, word.length, hashOf(word), out);
    return out;
  }
}

/** The scan's hash of a word (FNV-1a over its character codes, ASCII capitals lowered). */
function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
  }
  return hash;
}

function widened(numbers: Int32Array): Int32Array {
  const wider = new Int32Array(numbers.length * 2);
  wider.set(numbers);
  return wider;
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
