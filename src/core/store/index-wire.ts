import type { IndexData, RelationshipSummary } from '../model/index-file';
import type { CommitmentSummary } from '../model/commitment-summary';
import type { TrustCheckInput, TrustInputs } from '../model/trust-inputs';

/**
 * How this computer's index cache holds its summaries on disk: the same summaries, with the long
 * lists of small records (checks, commitments, their resolved commitments) written as arrays in a fixed
 * order instead of objects with named members. Opening to Home reads every shard at every start, and
 * parsing the member names of thousands of checks was most of it: this form is about 40% smaller and
 * parses in about half the time. Everything else of a summary is written as it is.
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

export interface WireIndex {
  summaryVersion: number;
  relationships: Record<string, unknown>[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRating = (v: unknown): v is Rating => v === null || typeof v === 'number';
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The cache's form of a shard's summaries. */
export function toWire(data: IndexData): WireIndex {
  return { summaryVersion: data.summaryVersion ?? 0, relationships: data.relationships.map(summaryToWire) };
}

function summaryToWire(s: RelationshipSummary): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s };
  if (s.commitments) out['commitments'] = s.commitments.map((c) => commitmentToWire(c, s.id));
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

/** The summaries a shard in the cache's form holds; null when anything in it is not that form. */
export function fromWire(data: unknown, version: number): IndexData | null {
  if (!isRecord(data) || data['summaryVersion'] !== version || !Array.isArray(data['relationships'])) return null;
  const relationships: RelationshipSummary[] = [];
  for (const wire of data['relationships']) {
    const summary = summaryFromWire(wire);
    if (summary === null) return null;
    relationships.push(summary);
  }
  return { summaryVersion: version, relationships };
}

/**
 * The summary, read back in place: `wire` was just parsed and nothing else holds it, so its lists are
 * swapped for the records they stand for (the members keep their order) rather than copied around them.
 */
function summaryFromWire(wire: unknown): RelationshipSummary | null {
  if (!isRecord(wire) || !isText(wire['id']) || !isText(wire['name'])) return null;
  if (wire['commitments'] !== undefined) {
    const commitments = listFromWire(wire['commitments'], (c) => commitmentFromWire(c, wire['id'] as string));
    if (commitments === null) return null;
    wire['commitments'] = commitments;
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
