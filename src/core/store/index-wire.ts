import { allCommitmentsOf, holdLaterPart, type IndexData, type RelationshipSummary } from '../model/index-file';
import type { CommitmentSummary } from '../model/commitment-summary';
import type { TrustCheckInput, TrustInputs } from '../model/trust-inputs';

/**
 * How this computer's index cache holds its summaries on disk: the same summaries, with the long
 * lists of small records (checks, commitments, their resolved commitments) written as arrays in a fixed
 * order instead of objects with named members. Opening to Home reads every shard at every start, and
 * parsing the member names of thousands of checks was most of it: this form is about 40% smaller and
 * parses in about half the time. Everything else of a summary is written as it is.
 *
 * A summary's commitments are written in two parts: those up to its last open one stay in the summary,
 * and the rest (commitments resolved, kept for the Commitments screen) go, for every summary of the
 * shard, into the shard's last member, LATER. Those are about half of the index's bytes, and Home never
 * reads them: a shard read with that member apart (envelope.ts's decodeEnvelopeApart) parses it only
 * when one of its summaries is first asked for all its commitments (model/index-file.ts's
 * allCommitmentsOf); until then a summary lists those up to its last open one.
 *
 * Only the cache uses it (it is written and read by this computer alone, sealed by its checksum);
 * anything that does not read back as exactly this form is refused, and the shard rebuilt.
 */
type Rating = number | null;
/** [at, reliability, competence, sincerity, care, reliance, activation, source named (1) or not (0)] */
type WireCheck = [string, Rating, Rating, Rating, Rating, Rating, number, 0 | 1];
/**
 * [id, owner, text, dueAt, status, resolvedAt, note], then the relationship's id only when it is not the
 * summary's own (summarize() always writes the summary's own).
 */
type WireCommitment = [string, string, string, string | null, string, string | null, string, string?];
/** [owner, status, dueAt, resolvedAt] */
type WireResolved = [string, string, string | null, string | null];

/** The shard's last member: each summary's commitments after its last open one, in the summaries' order. */
export const LATER = '~later';

export interface WireIndex {
  summaryVersion: number;
  relationships: Record<string, unknown>[];
  [LATER]: WireCommitment[][];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRating = (v: unknown): v is Rating => v === null || typeof v === 'number';
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The cache's form of a shard's summaries. */
export function toWire(data: IndexData): WireIndex {
  const later: WireCommitment[][] = [];
  const relationships = data.relationships.map((s) => summaryToWire(s, later));
  // LATER is written last: decodeEnvelopeApart finds it there.
  return { summaryVersion: data.summaryVersion ?? 0, relationships, [LATER]: later };
}

/** How many of `list` come up to and with its last open commitment (summarize() puts the open ones first). */
function openPartLength(list: readonly CommitmentSummary[]): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.status === 'open') return i + 1;
  return 0;
}

function summaryToWire(s: RelationshipSummary, later: WireCommitment[][]): Record<string, unknown> {
  const commitments = allCommitmentsOf(s);
  const out: Record<string, unknown> = { ...s };
  const cut = commitments ? openPartLength(commitments) : 0;
  if (commitments) out['commitments'] = commitments.slice(0, cut).map((c) => commitmentToWire(c, s.id));
  later.push((commitments ?? []).slice(cut).map((c) => commitmentToWire(c, s.id)));
  if (s.trust) {
    out['trust'] = {
      ...s.trust,
      checks: s.trust.checks.map(checkToWire),
      resolved: s.trust.resolved.map((c): WireResolved => [c.owner, c.status, c.dueAt, c.resolvedAt]),
    };
  }
  return out;
}

function checkToWire(c: TrustCheckInput): WireCheck {
  const r = c.ratings;
  return [c.at, r.reliability, r.competence, r.sincerity, r.care, r.reliance, c.activation, c.sourceNamed ? 1 : 0];
}

function commitmentToWire(c: CommitmentSummary, summaryId: string): WireCommitment {
  const wire: WireCommitment = [c.id, c.owner, c.text, c.dueAt, c.status, c.resolvedAt, c.note];
  if (c.relationshipId !== summaryId) wire.push(c.relationshipId);
  return wire;
}

/**
 * The summaries a shard in the cache's form holds; null when anything in it is not that form.
 * `later`: LATER's JSON text, when the shard was read with it apart (decodeEnvelopeApart). It is parsed
 * the first time one of the shard's summaries is asked for all its commitments (allCommitmentsOf).
 * Without it, `data` holds LATER parsed with the rest, and it is read at once, as strictly as the summaries.
 */
export function fromWire(data: unknown, version: number, later?: string): IndexData | null {
  if (!isRecord(data) || data['summaryVersion'] !== version || !Array.isArray(data['relationships'])) return null;
  const wires: unknown[] = data['relationships'];
  const ids = wires.map((w) => (isRecord(w) && isText(w['id']) ? w['id'] : ''));
  let laterOf: (i: number) => CommitmentSummary[] | null;
  if (later === undefined) {
    const parsed = data[LATER];
    if (!Array.isArray(parsed) || parsed.length !== wires.length) return null;
    delete data[LATER];
    laterOf = (i) => listFromWire(parsed[i], (c) => commitmentFromWire(c, ids[i]!));
  } else {
    laterOf = laterOnFirstRead(later, ids);
  }
  const relationships: RelationshipSummary[] = [];
  for (let i = 0; i < wires.length; i++) {
    const summary = summaryFromWire(wires[i], () => laterOf(i), later !== undefined);
    if (summary === null) return null;
    relationships.push(summary);
  }
  return { summaryVersion: version, relationships };
}

/**
 * Each summary's later part, read from LATER's text when first asked for. A part that does not read
 * back (which an intact checksum on this version's shard rules out, short of a bug here) is read as
 * none: that summary then lists its open commitments only, until its journal is next summarised.
 */
function laterOnFirstRead(text: string, ids: readonly string[]): (i: number) => CommitmentSummary[] {
  let parts: (CommitmentSummary[] | null)[] | null = null;
  return (i) => {
    if (parts === null) {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        // read as none, below
      }
      parts = Array.isArray(parsed) && parsed.length === ids.length ? parsed.map((p, j) => listFromWire(p, (c) => commitmentFromWire(c, ids[j]!))) : [];
    }
    return parts[i] ?? [];
  };
}

/**
 * The summary, read back in place: `wire` was just parsed and nothing else holds it, so its lists are
 * swapped for the records they stand for (the members keep their order) rather than copied around them.
 * `onRead`: the later part is read when first asked for (laterOnFirstRead, allCommitmentsOf), not now.
 */
function summaryFromWire(wire: unknown, laterPart: () => CommitmentSummary[] | null, onRead: boolean): RelationshipSummary | null {
  if (!isRecord(wire) || !isText(wire['id']) || !isText(wire['name'])) return null;
  if (wire['commitments'] !== undefined) {
    const open = listFromWire(wire['commitments'], (c) => commitmentFromWire(c, wire['id'] as string));
    if (open === null) return null;
    wire['commitments'] = open;
    if (onRead) {
      holdLaterPart(wire as unknown as RelationshipSummary, laterPart as () => CommitmentSummary[]);
    } else {
      const rest = laterPart();
      if (rest === null) return null;
      open.push(...rest);
    }
  } else if (!onRead && laterPart()?.length !== 0) {
    return null;
  }
  if (wire['trust'] !== undefined) {
    const trust = wire['trust'];
    if (!isRecord(trust)) return null;
    const checks = listFromWire(trust['checks'], checkFromWire);
    const resolved = listFromWire(trust['resolved'], resolvedFromWire);
    if (checks === null || resolved === null) return null;
    trust['checks'] = checks;
    trust['resolved'] = resolved;
  }
  return wire as unknown as RelationshipSummary;
}


/** Every item read back, or null when one cannot be. */
function listFromWire<T>(wire: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(wire)) return null;
  const out: T[] = [];
  for (const item of wire) {
    const read1 = read(item);
    if (read1 === null) return null;
    out.push(read1);
  }
  return out;
}

function checkFromWire(w: unknown): TrustCheckInput | null {
  if (!Array.isArray(w) || w.length !== 8 || !isText(w[0]) || typeof w[6] !== 'number' || (w[7] !== 0 && w[7] !== 1)) return null;
  if (!isRating(w[1]) || !isRating(w[2]) || !isRating(w[3]) || !isRating(w[4]) || !isRating(w[5])) return null;
  return {
    at: w[0],
    ratings: { reliability: w[1], competence: w[2], sincerity: w[3], care: w[4], reliance: w[5] },
    activation: w[6],
    sourceNamed: w[7] === 1,
  };
}

function commitmentFromWire(w: unknown, summaryId: string): CommitmentSummary | null {
  if (!Array.isArray(w) || (w.length !== 7 && !(w.length === 8 && isText(w[7]))) || !isText(w[0]) || !isText(w[1]) || !isText(w[2]) || !isTextOrNull(w[3])) return null;
  if (!isText(w[4]) || !isTextOrNull(w[5]) || !isText(w[6])) return null;
  return { id: w[0], relationshipId: w.length === 8 ? w[7] : summaryId, owner: w[1], text: w[2], dueAt: w[3], status: w[4], resolvedAt: w[5], note: w[6] } as CommitmentSummary;
}

function resolvedFromWire(w: unknown): TrustInputs['resolved'][number] | null {
  if (!Array.isArray(w) || w.length !== 4 || !isText(w[0]) || !isText(w[1]) || !isTextOrNull(w[2]) || !isTextOrNull(w[3])) return null;
  return { owner: w[0], status: w[1], dueAt: w[2], resolvedAt: w[3] } as TrustInputs['resolved'][number];
}
