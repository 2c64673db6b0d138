/**
 * A hybrid logical clock (Kulkarni et al. 2014), stamped in the 46-character collatable form of
 * Actual Budget's `@actual-app/crdt` Timestamp: "2026-12-01T14:00:00.000Z-0000-0123456789abcdef"
 * (wall time, counter, device). String order is clock order. Written here rather than taken from that
 * package because its clock is one mutable global reading Date.now() (a simulator needs several devices
 * with drifting clocks in one process), and it throws on a remote stamp more than five minutes ahead,
 * where Mend must accept and report it.
 */
export const GENESIS_CLOCK = '0';
const MAX_COUNTER = 0xffff;
const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

export interface ParsedStamp {
  millis: number;
  counter: number;
  node: string;
}

export function parseStamp(stamp: string): ParsedStamp | null {
  const m = STAMP.exec(stamp);
  if (!m) return null;
  const millis = Date.parse(m[1]!);
  return Number.isNaN(millis) ? null : { millis, counter: parseInt(m[2]!, 16), node: m[3]! };
}

export function formatStamp({ millis, counter, node }: ParsedStamp): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export class HybridClock {
  private millis = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number,
  ) {
    if (!/^[0-9a-f]{16}$/.test(node)) throw new Error('A device id is 16 hexadecimal digits.');
  }

  /** A stamp for a local change: later than every stamp this clock has made or received. */
  send(): string {
    this.advance(this.now());
    return formatStamp({ millis: this.millis, counter: this.counter, node: this.node });
  }

  /** Takes in a stamp read from another device, so the next local stamp sorts after it. */
  recv(stamp: string): void {
    const seen = parseStamp(stamp);
    if (!seen) return;
    if (seen.millis > this.millis || (seen.millis === this.millis && seen.counter > this.counter)) {
      this.millis = seen.millis;
      this.counter = seen.counter;
    }
  }

  private advance(wall: number): void {
    if (wall > this.millis) {
      this.millis = wall;
      this.counter = 0;
    } else if (this.counter < MAX_COUNTER) {
      this.counter += 1;
    } else {
      // A clock stuck (or set back) for 65,536 stamps in one millisecond: move logical time on.
      this.millis += 1;
      this.counter = 0;
    }
  }
}
