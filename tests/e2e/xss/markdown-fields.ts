import fc from 'fast-check';
import { CHANNEL_LIST } from '../../../src/core/api/channels';
import { inputSchemas } from '../../../src/core/api/schemas';
import { TEXT_MAX } from '../../../src/core/model/common';
import type { Core } from '../../../src/core/open-core';
import { validish, type Pool } from '../../support/zod-arbitrary';

/**
 * Finds every Markdown field of every channel in the contract (a string bounded by TEXT_MAX, however
 * deep) and learns, once, a payload per channel that the real services accept. `seed` then replays
 * those payloads on another person with the given text in every Markdown field. Channels added later
 * are found the same way; one whose payload cannot be learnt is reported as skipped, with the reason.
 */
const MARK = '\u0000markdown\u0000';
type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

function isMarkdown(schema: unknown): boolean {
  const def = defOf(schema);
  if (def.type !== 'string') return false;
  const checks = ((def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);
  return checks.some((c) => c.check === 'max_length' && c.maximum === TEXT_MAX);
}

export function markdownPaths(schema: unknown, prefix = ''): string[] {
  if (isMarkdown(schema)) return [prefix];
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return markdownPaths(inner, prefix);
  if (def.type === 'array') return markdownPaths(def.element, `${prefix}[]`);
  if (def.type === 'union') return [...new Set((def.options as unknown[]).flatMap((o) => markdownPaths(o, prefix)))];
  if (def.type !== 'object') return [];
  return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => markdownPaths(v, prefix ? `${prefix}.${k}` : k));
}

const sample = (schema: unknown, pool: Pool, seed: number): unknown => fc.sample(validish(schema, pool), { numRuns: 1, seed })[0];

/** Puts MARK into every Markdown field of `value`, creating the objects and array items that hold them. */
function withMarks(schema: unknown, value: unknown, pool: Pool, seed: number): unknown {
  if (isMarkdown(schema)) return MARK;
  const def = defOf(schema);
  if (markdownPaths(schema).length === 0) return value;
  const inner = def.innerType ?? def.in;
  if (inner) return withMarks(inner, value ?? sample(inner, pool, seed), pool, seed);
  if (def.type === 'array') {
    const items = Array.isArray(value) && value.length > 0 ? value : [sample(def.element, pool, seed)];
    return items.map((item) => withMarks(def.element, item, pool, seed));
  }
  if (def.type === 'union') {
    const option = (def.options as { safeParse(v: unknown): { success: boolean } }[]).find((o) => markdownPaths(o).length && o.safeParse(value).success);
    return option ? withMarks(option, value, pool, seed) : value;
  }
  if (def.type !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [k, sub] of Object.entries(def.shape as Record<string, unknown>)) {
    if (markdownPaths(sub).length) out[k] = withMarks(sub, out[k] ?? sample(sub, pool, seed), pool, seed);
  }
  return out;
}

function replaceDeep(value: unknown, swap: (s: string) => string): unknown {
  if (typeof value === 'string') return swap(value);
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, swap));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceDeep(v, swap)]));
  return value;
}

const withRelationship = (value: unknown, id: string): unknown =>
  value && typeof value === 'object' && 'relationshipId' in value ? { ...value, relationshipId: id } : value;

interface Template {
  channel: string;
  payload: unknown;
  /** The id the learnt call returned, so a replay can map it to the id its own call returns. */
  madeId: string | null;
}

export interface FieldSeeder {
  covered: string[];
  skipped: { channel: string; reason: string }[];
  seed(core: Core, relationshipId: string, text: string): Promise<number>;
}

const madeIdOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;

/** Learns one accepted payload per channel, in contract order, on the person `relationshipId`. */
export async function learnFields(core: Core, relationshipId: string): Promise<FieldSeeder> {
  const pool: Pool = { ids: [relationshipId] };
  const templates: Template[] = [];
  const covered: string[] = [];
  const skipped: { channel: string; reason: string }[] = [];
  for (const channel of CHANNEL_LIST) {
    if (channel.startsWith('relationships:') || channel.startsWith('security:') || channel.startsWith('app:')) continue;
    const schema = inputSchemas[channel];
    const paths = markdownPaths(schema);
    const producer = /:(create|start)$/.test(channel);
    if (paths.length === 0 && !producer) continue;
    let reason = 'no payload was accepted';
    for (let seed = 1; seed <= 80; seed++) {
      const payload = withRelationship(withMarks(schema, sample(schema, pool, seed), pool, seed), relationshipId);
      const result = await core.call(channel, replaceDeep(payload, (s) => (s === MARK ? 'Seeded text.' : s)));
      if (!result.ok) {
        reason = result.message;
        continue;
      }
      const madeId = madeIdOf(result.value);
      if (madeId) pool.ids.push(madeId);
      templates.push({ channel, payload, madeId });
      covered.push(...paths.map((p) => `${channel} ${p}`));
      reason = '';
      break;
    }
    if (reason && paths.length) skipped.push({ channel, reason });
  }
  return {
    covered,
    skipped,
    async seed(target, id, text) {
      const ids = new Map<string, string>([[relationshipId, id]]);
      let accepted = 0;
      for (const t of templates) {
        const payload = replaceDeep(t.payload, (s) => (s === MARK ? text : (ids.get(s) ?? s)));
        const result = await target.call(t.channel, payload);
        if (!result.ok) continue;
        accepted++;
        const made = madeIdOf(result.value);
        if (t.madeId && made) ids.set(t.madeId, made);
      }
      return accepted;
    },
  };
}
