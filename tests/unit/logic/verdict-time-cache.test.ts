import { afterEach, describe, expect, it } from 'vitest';
import { inOneZone, parseInstant } from '../../../src/core/logic/verdict-time';

/**
 * parseInstant keeps what it read of stamps that carry an offset (they read the same in every zone);
 * stamps whose day depends on the machine's zone are read afresh, so a zone change while Mend runs
 * (travel) is followed.
 */
const zone = process.env['TZ'];
afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('parseInstant, read once where the zone cannot matter', () => {
  it('gives the same moment for a stamp with an offset, in any zone, and nobody can change it', () => {
    process.env['TZ'] = 'UTC';
    const first = parseInstant('2026-03-04T23:30:00.000-05:00')!;
    process.env['TZ'] = 'Asia/Tokyo';
    const again = parseInstant('2026-03-04T23:30:00.000-05:00')!;
    expect(again).toEqual({ ms: Date.parse('2026-03-05T04:30:00.000Z'), endMs: Date.parse('2026-03-05T04:30:00.000Z'), day: '2026-03-04', dateOnly: false });
    expect(again).toEqual(first);
    expect(Object.isFrozen(again)).toBe(true);
  });

  it('follows a change of zone for a UTC stamp, a bare day and a stamp without a zone', () => {
    process.env['TZ'] = 'UTC';
    const utc = parseInstant('2026-03-04T23:30:00.000Z')!;
    const bare = parseInstant('2026-03-04')!;
    const local = parseInstant('2026-03-04T23:30:00')!;
    expect(utc.day).toBe('2026-03-04');
    process.env['TZ'] = 'Asia/Tokyo';
    expect(parseInstant('2026-03-04T23:30:00.000Z')!.day).toBe('2026-03-05');
    expect(parseInstant('2026-03-04')!.ms).toBe(bare.ms - 9 * 3_600_000);
    expect(parseInstant('2026-03-04T23:30:00')!.ms).toBe(local.ms - 9 * 3_600_000);
  });

  it('still refuses impossible days and text that is no date, with or without an offset', () => {
    expect(parseInstant('2026-02-30T10:00:00.000+01:00')).toBeNull();
    expect(parseInstant('soon+01:00')).toBeNull();
    expect(parseInstant('2026-02-30T10:00:00.000+01:00')).toBeNull(); // a second time: nothing was kept
  });
});

describe('inOneZone: zone-dependent readings kept while the zone holds', () => {
  it('reuses a UTC stamp read in the same zone, and reads it afresh once the zone changed', () => {
    process.env['TZ'] = 'UTC';
    const first = inOneZone(() => parseInstant('2026-03-04T23:30:00.000Z')!);
    expect(first.day).toBe('2026-03-04');
    expect(inOneZone(() => parseInstant('2026-03-04T23:30:00.000Z'))).toBe(first); // kept
    process.env['TZ'] = 'Asia/Tokyo';
    expect(inOneZone(() => parseInstant('2026-03-04T23:30:00.000Z')!.day)).toBe('2026-03-05');
    expect(inOneZone(() => parseInstant('2026-03-04')!.ms)).toBe(new Date(2026, 2, 4).getTime());
    process.env['TZ'] = 'America/New_York';
    expect(inOneZone(() => parseInstant('2026-03-04')!.ms)).toBe(Date.parse('2026-03-04T05:00:00.000Z'));
  });

  it('keeps nothing zone-dependent outside it: a zone change is followed at once', () => {
    process.env['TZ'] = 'UTC';
    inOneZone(() => parseInstant('2026-05-06T23:30:00.000Z'));
    process.env['TZ'] = 'Asia/Tokyo';
    expect(parseInstant('2026-05-06T23:30:00.000Z')!.day).toBe('2026-05-07');
  });

  it('tells the same zone name apart by its offsets, and still refuses impossible days', () => {
    process.env['TZ'] = 'Europe/Berlin';
    expect(inOneZone(() => parseInstant('2026-07-01T22:30:00.000Z')!.day)).toBe('2026-07-02');
    expect(inOneZone(() => parseInstant('2026-02-30'))).toBeNull();
    expect(inOneZone(() => parseInstant('2026-02-30'))).toBeNull();
  });
});
