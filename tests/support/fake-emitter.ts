type Listener = (...args: unknown[]) => unknown;

/** Just enough of Node's EventEmitter for the fakes that stand in for Electron objects in unit tests. */
export class FakeEmitter {
  listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener): this {
    return this.on(name, fn);
  }
  off(): this {
    return this;
  }
  emit(name: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(name) ?? []) fn(...args);
  }
}
