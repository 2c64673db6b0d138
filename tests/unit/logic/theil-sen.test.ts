import { describe, it, expect } from 'vitest';
import { median, theilSenSlope } from '../../../src/core/logic/theil-sen';

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3])).toBe(3);
    expect(median([1, 3, 2])).toBe(2);
    // sorted 1,2,3,4 → (2 + 3) / 2
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores values that are not finite', () => {
    expect(median([Number.NaN, 5, Number.POSITIVE_INFINITY, 1])).toBe(3);
    expect(median([Number.NaN])).toBeNull();
  });
});

describe('theilSenSlope', () => {
  it('recovers the slope of a straight line', () => {
    // x 0,10,20,30; y 3,3.5,4,4.5 → every pairwise slope is 0.5/10 = 0.05
    const points = [0, 10, 20, 30].map((x, i) => ({ x, y: 3 + 0.5 * i, group: `d${x}` }));
    expect(theilSenSlope(points)).toBeCloseTo(0.05, 10);
  });

  it('takes the middle pairwise slope of an odd number of pairs', () => {
    // (0,0),(1,2),(2,2): slopes 2, 1, 0 → median 1
    expect(theilSenSlope([{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 2, y: 2 }])).toBe(1);
  });

  it('is not pulled by one outlier', () => {
    // y 3 then four times 5.8: four positive slopes from the first point, six zero slopes among the rest;
    // ten sorted slopes → the 5th and 6th are both 0 → median 0
    const points = [3, 5.8, 5.8, 5.8, 5.8].map((y, x) => ({ x, y, group: `d${x}` }));
    expect(theilSenSlope(points)).toBe(0);
  });

  it('never pairs points from the same group', () => {
    // a-a is skipped; (0,1)→(10,2) = 0.1; (0.5,5)→(10,2) = -3/9.5 ≈ -0.315789 → median ≈ -0.107895
    const points = [
      { x: 0, y: 1, group: 'a' },
      { x: 0.5, y: 5, group: 'a' },
      { x: 10, y: 2, group: 'b' },
    ];
    expect(theilSenSlope(points)).toBeCloseTo((0.1 - 3 / 9.5) / 2, 10);
  });

  it('is null when no usable pair exists', () => {
    expect(theilSenSlope([])).toBeNull();
    expect(theilSenSlope([{ x: 1, y: 1 }])).toBeNull();
    expect(theilSenSlope([{ x: 0, y: 1, group: 'a' }, { x: 0.4, y: 6, group: 'a' }])).toBeNull();
    // different groups but the same x: no division by zero
    expect(theilSenSlope([{ x: 3, y: 1, group: 'a' }, { x: 3, y: 6, group: 'b' }])).toBeNull();
  });
});

/** The definition, written plainly: every usable pair's slope, sorted, middle taken. */
function sortedMedianSlope(points: { x: number; y: number; group?: string }[]): number | null {
  const slopes: number[] = [];
  points.forEach((a, i) => points.slice(i + 1).forEach((b) => {
    if (a.group !== undefined && a.group === b.group) return;
    const dx = b.x - a.x;
    if (dx !== 0) slopes.push((b.y - a.y) / dx);
  }));
  slopes.sort((p, q) => p - q);
  const mid = slopes.length >> 1;
  if (slopes.length === 0) return null;
  return slopes.length % 2 === 1 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;
}

describe('theilSenSlope on long histories', () => {
  it('equals the sorted median of every pair for many random histories (ties, groups, odd and even pair counts)', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    let rounds = 0;
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(next() * 60);
      // Integer ratings and days make many equal slopes, the case a selection most easily gets wrong.
      const points = Array.from({ length: n }, () => {
        const day = Math.floor(next() * 40);
        return { x: day + Math.floor(next() * 3) / 4, y: 1 + Math.floor(next() * 7), group: `d${day}` };
      });
      expect(theilSenSlope(points)).toBeCloseTo(sortedMedianSlope(points) ?? Number.NaN, 12);
      rounds++;
    }
    console.log(`theil-sen: ${rounds} random histories compared with the sorted median`);
  });
});

describe('theilSenSlope on either side of the few-points path (Home\'s usual person)', () => {
  it('equals the sorted median of every pair from 2 to 200 points, some without a group', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    let rounds = 0;
    for (let n = 2; n <= 200; n += 1 + Math.floor(next() * 4)) {
      const points = Array.from({ length: n }, () => {
        const day = Math.floor(next() * 50);
        const point = { x: day + Math.floor(next() * 3) / 4, y: 1 + Math.floor(next() * 7) };
        return next() < 0.2 ? point : { ...point, group: `d${day}` };
      });
      expect(theilSenSlope(points), `${n} points`).toBeCloseTo(sortedMedianSlope(points) ?? Number.NaN, 12);
      rounds++;
    }
    console.log(`theil-sen: ${rounds} histories of 2 to 200 points compared with the sorted median`);
  });
});

describe('theilSenSlope on histories long enough to bracket the median from a sample', () => {
  it('still equals the sorted median of every pair (ties, groups, trends, odd and even pair counts)', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const shapes: ((i: number) => number)[] = [
      () => 1 + Math.floor(next() * 7), // noise only: integer ratings, many equal slopes
      (i) => Math.min(7, 1 + Math.floor(i / 60) + Math.floor(next() * 2)), // a slow climb
      (i) => 3 + (i % 4), // the bench's repeating ratings: slopes tie in large blocks
      () => 4, // flat: every slope is 0
    ];
    let rounds = 0;
    for (const [s, shape] of shapes.entries()) {
      for (const n of [301, 420, 777]) {
        const points = Array.from({ length: n }, (_, i) => {
          const day = Math.floor(i / (1 + (s % 3)));
          return { x: day + Math.floor(next() * 3) / 4, y: shape(i), group: `d${day}` };
        });
        expect(theilSenSlope(points), `shape ${s}, ${n} points`).toBeCloseTo(sortedMedianSlope(points) ?? Number.NaN, 12);
        rounds++;
      }
    }
    console.log(`theil-sen: ${rounds} long histories compared with the sorted median`);
  });
});
