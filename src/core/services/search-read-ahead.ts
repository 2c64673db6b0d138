/**
 * Reads items in order while keeping up to `ahead` reads in flight, so waiting on the disk (and
 * decrypting) overlaps with indexing the one before. Each read settles on its own; `next` hands
 * them out in the order of `ids`.
 */
export class ReadAhead<T> {
  private readonly inFlight: Promise<T>[] = [];
  private started = 0;

  constructor(private readonly ids: readonly string[], private readonly read: (id: string) => Promise<T>, private readonly ahead: number) {}

  next(): Promise<T> {
    this.fill();
    const first = this.inFlight.shift();
    if (!first) return Promise.reject(new Error('nothing left to read'));
    this.fill();
    return first;
  }

  private fill(): void {
    while (this.inFlight.length < this.ahead && this.started < this.ids.length) this.inFlight.push(this.read(this.ids[this.started++]!));
  }
}
