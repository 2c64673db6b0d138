import { callOk } from './typed-call';
import { pair, SyncWorld, type SimDevice } from './sync-sim';
import { encodeLine, type ChangeLine } from '../../src/core/store/change-line';

/**
 * Two computers (the sync simulator) that both hold Sam with one preparation and one debrief, each
 * having heard of the other (its device file), so neither trims lines the other has not folded. For
 * the tests of groups of answers synced part by part (split-fields.ts).
 */
export async function plansOnTwoComputers() {
  const w = new SyncWorld(['home', 'work']);
  const [home, work] = pair(w);
  const { id } = await callOk(await w.open(home))('relationships:create', { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' });
  const prep = await callOk(home.core!)('preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  const debrief = await callOk(home.core!)('debriefs:start', { relationshipId: id, preparationId: null, incidentId: null });
  w.transfer(home, work);
  await w.open(work);
  w.transfer(work, home);
  return { w, home, work, id, prep, debrief };
}

/** A computer running an older Mend (folder format 2: groups written whole). */
export const OLD_MEND = 'cccccccccccccccc';

/** A clock newer than anything written so far, from the older Mend. */
export function oldClock(w: SyncWorld, counter = 0): string {
  w.wall += 1000;
  return `${new Date(w.wall).toISOString()}-${counter.toString(16).padStart(4, '0')}-${OLD_MEND}`;
}

/** Appends lines to the older Mend's log of a journal, in one computer's copy of the folder. */
export function oldLines(d: SimDevice, relId: string, lines: ChangeLine[]): void {
  const path = `logs/${relId}.${OLD_MEND}.log`;
  const before = d.files.files.get(path) ?? new Uint8Array();
  const add = new TextEncoder().encode(lines.map((l, i) => encodeLine(i < lines.length - 1 ? { ...l, m: 1 } : l)).join(''));
  const joined = new Uint8Array(before.length + add.length);
  joined.set(before, 0);
  joined.set(add, before.length);
  d.files.files.set(path, joined);
}
