/**
 * Cutting a name short between characters as a person sees them (grapheme clusters), never inside one:
 * an emoji, a flag or an accent written as a combining mark cut in half shows as "�".
 */
let segmenter: Intl.Segmenter | null = null;
/** One segmenter for every cut: making one costs more than most cuts (summaries shorten every commitment). */
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
const encoder = new TextEncoder();
/** Printable ASCII only: each character is one unit, one byte and one grapheme ("\r\n", one grapheme of two units, is left out). */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * The longest start of `text` within every limit given: `units` (JavaScript string length, as schemas
 * count it), `characters` (as seen) and `bytes` (UTF-8, as file systems count a name).
 */
export function cutBetweenCharacters(text: string, limits: { units?: number; characters?: number; bytes?: number }): string {
  const { units = Infinity, characters = Infinity, bytes = Infinity } = limits;
  if (text.length <= units && text.length <= characters && text.length * 3 <= bytes) return text; // common case: nothing to cut
  if (PLAIN.test(text)) return text.slice(0, Math.min(units, characters, bytes)); // most journal text: no segmenting needed
  let out = '';
  let count = 0;
  let size = 0;
  for (const { segment } of graphemes().segment(text)) {
    size += bytes === Infinity ? 0 : encoder.encode(segment).length;
    if (out.length + segment.length > units || ++count > characters || size > bytes) break;
    out += segment;
  }
  return out;
}
