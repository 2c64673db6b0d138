import { cutBetweenCharacters } from './cut-text';

/**
 * Shortens text to `max` characters at a word boundary, marking the cut with an ellipsis. Whitespace is
 * flattened. A cut with no word boundary near falls between characters as seen, never inside an emoji.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = cutBetweenCharacters(flat, { units: max });
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
