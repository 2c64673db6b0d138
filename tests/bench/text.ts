/**
 * Seeded, deterministic text for synthetic journals: markdown paragraphs of the lengths real entries
 * have (0.5–3 KB per field), built from an everyday work vocabulary. No network, no data files.
 */
export type Rng = () => number;

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
export const int = (r: Rng, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));

const WORDS = (
  'client deadline draft review team update plan call meeting scope handover report slides budget estimate ' +
  'timeline feedback launch risk priority workload support morning week friday quarter sprint ticket email ' +
  'proposal contract design numbers summary context question answer worry relief pressure clarity trust ' +
  'promise follow-up check-in notes delay change agreement expectation detail progress milestone account'
).split(' ');
const OPENERS = ['I noticed', 'On Tuesday', 'After the call', 'When we spoke', 'The client said', 'I felt', 'We agreed', 'They mentioned', 'It seemed', 'Next time'];

function sentence(r: Rng): string {
  const words = Array.from({ length: int(r, 6, 16) }, () => pick(r, WORDS));
  if (r() < 0.15) words[int(r, 0, words.length - 1)] = `**${pick(r, WORDS)}**`;
  return `${pick(r, OPENERS)} ${words.join(' ')}.`;
}

/** A markdown text of roughly `min`–`max` characters: paragraphs, sometimes a short list. */
export function markdownText(r: Rng, min = 500, max = 3000): string {
  const target = int(r, min, max);
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const block = r() < 0.2
      ? Array.from({ length: int(r, 2, 4) }, () => `- ${sentence(r)}`).join('\n')
      : Array.from({ length: int(r, 2, 5) }, () => sentence(r)).join(' ');
    parts.push(block);
    length += block.length + 2;
  }
  return parts.join('\n\n').slice(0, max);
}

export const shortText = (r: Rng): string => sentence(r).slice(0, 120);
