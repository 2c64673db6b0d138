/**
 * Draws Mend's app mark and writes resources/icon.png (512×512) and resources/icon.svg.
 * Node built-ins only (no image library to install or trust): shapes are signed-distance functions,
 * anti-aliased by pixel coverage, and the PNG is assembled by hand. Run: npx tsx scripts/make-icon.ts
 *
 * The mark: two overlapping rings, two people, with the ground they share softly filled.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const TILE = { inset: 16, radius: 112, colour: [0xf4, 0xf1, 0xea] as const };
const INK = [0x2f, 0x6f, 0x73] as const;
const RINGS = [
  { cx: 206, cy: 256, r: 112 },
  { cx: 306, cy: 256, r: 112 },
] as const;
const STROKE = 30;
const SHARED_ALPHA = 0.28;

type Rgba = [number, number, number, number];

function roundedSquareDistance(x: number, y: number): number {
  const half = SIZE / 2 - TILE.inset;
  const qx = Math.abs(x - SIZE / 2) - (half - TILE.radius);
  const qy = Math.abs(y - SIZE / 2) - (half - TILE.radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - TILE.radius;
}

const discDistance = (x: number, y: number, c: (typeof RINGS)[number]): number => Math.hypot(x - c.cx, y - c.cy) - c.r;

/** Fraction of a pixel covered by a shape, from its signed distance at the pixel centre. */
const coverage = (distance: number): number => Math.min(1, Math.max(0, 0.5 - distance));

/** Porter-Duff "over" with straight (non-premultiplied) alpha. */
function over(dst: Rgba, colour: readonly [number, number, number], alpha: number): Rgba {
  const a = alpha + dst[3] * (1 - alpha);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2): number => (colour[i] * alpha + dst[i] * dst[3] * (1 - alpha)) / a;
  return [mix(0), mix(1), mix(2), a];
}

function pixel(x: number, y: number): Rgba {
  let out: Rgba = [0, 0, 0, 0];
  out = over(out, TILE.colour, coverage(roundedSquareDistance(x, y)));
  const [a, b] = RINGS.map((ring) => discDistance(x, y, ring)) as [number, number];
  out = over(out, INK, SHARED_ALPHA * coverage(Math.max(a, b)));
  const ring = Math.min(Math.abs(a), Math.abs(b)) - STROKE / 2;
  return over(out, INK, coverage(ring));
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export function renderPng(): Buffer {
  // Each row: filter byte 0 (none), then RGBA samples; sampled at pixel centres.
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    for (let x = 0; x < SIZE; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a * 255].map(Math.round), row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const hex = (rgb: readonly number[]): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

export function renderSvg(): string {
  const side = SIZE - 2 * TILE.inset;
  const [a, b] = RINGS;
  const lens = `<clipPath id="a"><circle cx="${a.cx}" cy="${a.cy}" r="${a.r}"/></clipPath>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    `  <title>Mend</title>`,
    `  <defs>${lens}</defs>`,
    `  <rect x="${TILE.inset}" y="${TILE.inset}" width="${side}" height="${side}" rx="${TILE.radius}" fill="${hex(TILE.colour)}"/>`,
    `  <circle cx="${b.cx}" cy="${b.cy}" r="${b.r}" fill="${hex(INK)}" fill-opacity="${SHARED_ALPHA}" clip-path="url(#a)"/>`,
    `  <g fill="none" stroke="${hex(INK)}" stroke-width="${STROKE}">`,
    ...RINGS.map((c) => `    <circle cx="${c.cx}" cy="${c.cy}" r="${c.r}"/>`),
    `  </g>`,
    `</svg>`,
    '',
  ].join('\n');
}

const outDir = join(import.meta.dirname, '..', 'resources');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.png'), renderPng());
writeFileSync(join(outDir, 'icon.svg'), renderSvg());
