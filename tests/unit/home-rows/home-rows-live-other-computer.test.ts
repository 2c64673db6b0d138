/**
 * Computer A keeps Home's rows while it runs; computer B's change arrives through A's looks at the
 * folder (no restart): A's Home must show it, exactly as B's does, and after A restarts too.
 */
import { describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { callOk } from '../../support/typed-call';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00.000Z');
const ratings = (level: number) => ({ reliability: level, competence: level, sincerity: null, care: level, reliance: level });

describe('kept Home rows and another computer on the same folder', () => {
  it("shows B's change in A's running Home once it arrives, as B shows it, and after A restarts", async () => {
    const files = new MemoryFileStore();
    const clock = { now: NOW };
    let n = 0;
    const newId = () => `id-${(++n).toString().padStart(4, '0')}`;
    let stopped = false;
    const open = (id: string, watch: boolean): Promise<Core> =>
      openCore({
        files, platform: testPlatform().platform, now: () => clock.now, newId, device: { id, name: id },
        ...(watch ? { watch: { everyMs: 20, later: (run: () => void, ms: number) => void (stopped || setTimeout(run, ms)) } } : {}),
      });
    const A = 'aaaaaaaaaaaaaaaa';
    const B = 'bbbbbbbbbbbbbbbb';
    try {
      let a = await open(A, true);
      const ids: string[] = [];
      for (const name of ['Sam', 'Ada']) {
        const { id } = await callOk(a)('relationships:create', { name, role: '', kind: 'peer', started: null, notes: '' });
        ids.push(id);
        for (const d of [40, 30, 20]) {
          await callOk(a)('checks:create', { relationshipId: id, at: new Date(NOW.getTime() - d * DAY).toISOString(), ratings: ratings(5), evidence: 'e', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null });
        }
      }
      await a.settled?.();
      const before = await callOk(a)('home:get', {});
      await a.settled?.();
      const b = await open(B, false);
      const sam = ids[0]!;
      await callOk(b)('incidents:create', {
        relationshipId: sam, title: 'Missed', occurredAt: new Date(NOW.getTime() - DAY).toISOString(), facts: 'Late.', impact: '',
        domains: ['reliability'], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'open',
      });
      for (const d of [0.5, 0.25, 0.1]) {
        await callOk(b)('checks:create', { relationshipId: sam, at: new Date(NOW.getTime() - d * DAY).toISOString(), ratings: ratings(1), evidence: 'e', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null });
      }
      await callOk(b)('relationships:archive', { id: ids[1]!, archived: true });
      await b.settled?.();
      const homeB = (await callOk(b)('home:get', {})).people;
      await b.settled?.();
      expect(homeB).not.toEqual(before.people);
      await vi.waitFor(async () => {
        expect((await callOk(a)('home:get', {})).people).toEqual(homeB);
      }, { timeout: 3000, interval: 50 });
      await a.settled?.();
      stopped = true;
      a = await open(A, false);
      expect((await callOk(a)('home:get', {})).people).toEqual(homeB);
      clock.now = new Date(NOW.getTime() + 45 * DAY);
      const b2 = await open(B, false);
      const laterB = (await callOk(b2)('home:get', {})).people;
      a = await open(A, false);
      expect((await callOk(a)('home:get', {})).people).toEqual(laterB);
    } finally {
      stopped = true;
    }
  });
});
