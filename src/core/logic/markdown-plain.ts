/**
 * Markdown written in an entry, read as plain words for a one-line snippet (search results): the marks
 * of emphasis, code, headings, quotes, list bullets and links go, their words stay. A snippet showing
 * "**Tuesday 18:00**" reads as broken (seen in the review of 5 December). Only what Mend's own Markdown
 * renders is taken away; anything else is left as typed, so no word is ever dropped.
 */
export function markdownAsPlain(text: string): string {
  return text
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1') // [words](address) → words
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gmu, '') // heading, quote, bullet, numbered item
    .replace(/(\*\*|~~)(?=\S)([^\n]*?\S)\1/gu, '$2') // **strong**, ~~struck~~
    .replace(/(^|[^\p{L}\p{N}_])__(?=\S)([^\n]*?\S)__(?![\p{L}\p{N}_])/gu, '$1$2') // __strong__, not inside a word
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^\n*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3') // *em*, _em_ (not snake_case)
    .replace(/`([^`\n]+)`/gu, '$1'); // `code`
}
