import { describe, expect, it } from 'vitest';
import { ProgressRegistry, reportSteps } from '../../../src/core/services/progress';

describe('the progress registry', () => {
  it('shows running work with its count, and nothing once it ends', () => {
    const registry = new ProgressRegistry();
    expect(registry.current()).toBeNull();
    const work = registry.begin('import', 300, 'Importing the backup');
    work.step(120);
    expect(registry.current()).toEqual({ kind: 'import', done: 120, total: 300, what: 'Importing the backup', cancellable: false });
    work.step(999);
    expect(registry.current()?.done).toBe(300);
    work.end();
    expect(registry.current()).toBeNull();
  });

  it('shows the search index only to whoever asks for it by kind', () => {
    const registry = new ProgressRegistry();
    const search = registry.begin('search-index', 10, 'Getting search ready', { cancellable: true });
    expect(registry.current()).toBeNull();
    expect(registry.current('search-index')).toMatchObject({ kind: 'search-index', total: 10 });
    const encrypt = registry.begin('encrypt', 50, 'Encrypting your journal');
    expect(registry.current()?.kind).toBe('encrypt');
    encrypt.end();
    search.end();
    expect(registry.current('search-index')).toBeNull();
  });

  it('cancels only work that is safe to stop', () => {
    const registry = new ProgressRegistry();
    const encrypt = registry.begin('encrypt', 50, 'Encrypting your journal');
    const check = registry.begin('import-check', 50, 'Checking the backup', { cancellable: true });
    expect(registry.cancel('encrypt')).toBe(false);
    expect(encrypt.cancelled).toBe(false);
    expect(registry.cancel('import-check')).toBe(true);
    expect(check.cancelled).toBe(true);
    check.end();
    expect(registry.cancel('import-check')).toBe(false);
  });

  it('reports from the first step on and ends when the work settles, even when it fails', async () => {
    const registry = new ProgressRegistry();
    const seen: unknown[] = [];
    await reportSteps(registry, 'finish-encryption', 'Finishing', async () => {
      seen.push(registry.current());
    });
    expect(seen).toEqual([null]);
    const failing = reportSteps(registry, 'decrypt', 'Decrypting your journal', async (step) => {
      step(3, 40);
      seen.push(registry.current());
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(seen[1]).toMatchObject({ kind: 'decrypt', done: 3, total: 40 });
    expect(registry.current()).toBeNull();
  });
});
