import type { ServiceContext } from './context';
import { DomainError } from '../errors';
import { parseStamp } from '../store/hlc';
import { readDeviceNames } from '../store/device-names';

/** One version of a text: what it says, which computer wrote it and when. */
export interface TextVersion {
  text: string;
  /** The name of the computer that wrote it ("Home laptop"); "another computer" when it never said. */
  device: string;
  /** True when this computer wrote it. */
  thisComputer: boolean;
  /** When it was written (ISO), from its clock. */
  at: string;
}

/**
 * A text two computers changed at once, without either seeing the other's change: the version shown
 * now and one that did not win, kept for the person to keep instead or drop.
 */
export interface TextAlternative {
  /** "relationship", or "<collection>/<record id>" (e.g. "meetingNotes/abc"). */
  record: string;
  /** The journal's list the record is in (null for the person's own details). */
  collection: string | null;
  recordId: string | null;
  field: string;
  /** This version's id: pass it back to keep or drop it. */
  version: string;
  shown: TextVersion;
  other: TextVersion;
}

export type AlternativeChoice = 'keep' | 'drop';

/** Describes a write by its device and clock, with the computers' names as the folder records them. */
export async function versionDescriber(ctx: ServiceContext): Promise<(text: unknown, device: string, clock: string) => TextVersion> {
  const names = await readDeviceNames(ctx.store.files);
  const me = ctx.store.thisDevice;
  return (text, device, clock) => ({
    text: typeof text === 'string' ? text : '',
    device: names.get(device) ?? (device === me.id ? me.name : 'another computer'),
    thisComputer: device === me.id,
    at: new Date(parseStamp(clock)?.millis ?? 0).toISOString(),
  });
}

/** Every text in one person's journal with a version that did not win, oldest record first. */
export async function listAlternatives(ctx: ServiceContext, relationshipId: string): Promise<TextAlternative[]> {
  const versions = await ctx.store.alternatives(relationshipId);
  if (versions.length === 0) return [];
  const describe = await versionDescriber(ctx);
  return versions.filter((v) => typeof v.value === 'string').map((v) => {
    const [collection, recordId] = splitKey(v.key);
    return {
      record: v.key, collection, recordId, field: v.field, version: v.clock,
      shown: describe(v.shown.value, v.shown.device, v.shown.clock),
      other: describe(v.value, v.device, v.clock),
    };
  });
}

/**
 * Keeps one version instead of the one shown, or drops it. Written as a change of its own, so every
 * computer ends with the same text. An unknown record, field or version is refused, naming it.
 */
export async function resolveAlternative(
  ctx: ServiceContext,
  input: { relationshipId: string; record: string; field: string; version: string; choice: AlternativeChoice },
): Promise<{ remaining: TextAlternative[] }> {
  const { relationshipId, record, field, version, choice } = input;
  const done = await ctx.store.resolveAlternative(relationshipId, record, field, version, choice === 'keep');
  if (!done) throw await notFound(ctx, input);
  return { remaining: await listAlternatives(ctx, relationshipId) };
}

/** Names what is not there: the record, the field, or the version (kept or dropped on another computer). */
async function notFound(ctx: ServiceContext, input: { relationshipId: string; record: string; field: string }): Promise<DomainError> {
  const versions = await ctx.store.alternatives(input.relationshipId);
  const ofRecord = versions.filter((v) => v.key === input.record);
  if (ofRecord.length === 0) {
    return new DomainError('not-found', 'This entry has no second version any more. It may have been settled on another computer.', { field: 'record' });
  }
  if (!ofRecord.some((v) => v.field === input.field)) {
    return new DomainError('not-found', 'This part of the entry has no second version any more.', { field: 'field' });
  }
  return new DomainError('not-found', 'That version is no longer there. It may have been kept or dropped on another computer.', { field: 'version' });
}

export function splitKey(key: string): [string | null, string | null] {
  const slash = key.indexOf('/');
  return slash === -1 ? [null, null] : [key.slice(0, slash), key.slice(slash + 1)];
}

