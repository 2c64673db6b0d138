import { afterEach } from 'vitest';
import type { TrustWorld } from '../trust/world';

/** Where a trust world's computer keeps Home's rows (store/home-rows.ts). */
export const ROWS = 'devices/c0ffee00c0ffee00/home-rows.json';

/** Puts the zone back after each test of the file that calls it (tests move process.env.TZ). */
export function restoreZoneAfterEach(): void {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });
}

export const ratings = (level: number) => ({ reliability: level, competence: level, sincerity: null, care: level, reliance: level });

/** A new person; their id. */
export async function person(w: TrustWorld, name: string): Promise<string> {
  return (await w.ok('relationships:create', { name, role: '', kind: 'peer', started: null, notes: '' })).id;
}
