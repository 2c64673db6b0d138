import type { Journal } from '../model/journal';
import { shorten } from './shorten';
import { escapeRegExp } from './search-text';

/**
 * One searchable thing: a person or one entry of their journal. `entry` matches the timeline's key
 * (`incident:<id>`, `check:<id>`, …) so a result can open that very entry in place; `person` is the
 * person themself (name, role, notes).
 */
export interface SearchDocument {
  id: string;
  relationshipId: string;
  person: string;
  entry: string;
  kind: string;
  title: string;
  at: string;
  text: string;
}

const join = (...parts: (string | null | undefined)[]): string => parts.filter((p) => p && p.trim()).join('\n');

type Part = Omit<SearchDocument, 'id' | 'relationshipId' | 'person'>;
type Builder = (j: Journal) => Part[];

const planTitle = (j: Journal, incidentId: string | null): string => {
  const title = j.incidents.find((i) => i.id === incidentId)?.title;
  return title ? `Plan for “${title}”` : 'Plan for a conversation';
};

/** One builder per kind of entry, keyed by the prefix of the timeline key. */
const BUILDERS: Record<string, Builder> = {
  incident: (j) => j.incidents.map((i) => ({ entry: `incident:${i.id}`, kind: 'Incident', title: i.title, at: i.occurredAt, text: join(i.facts, i.impact) })),
  preparation: (j) =>
    j.preparations
      .filter((p) => p.status !== 'discarded')
      .map((p) => ({
        entry: `preparation:${p.id}`, kind: 'Preparation', title: planTitle(j, p.incidentId), at: p.createdAt,
        text: join(p.coolDown.emotion, p.coolDown.source, ...Object.values(p.facts), ...p.hypotheses.map((h) => h.note), ...Object.values(p.plan).flatMap(textsOf), p.myCommitment),
      })),
  debrief: (j) =>
    j.debriefs.map((d) => ({
      entry: `debrief:${d.id}`, kind: 'Debrief', title: d.status === 'draft' ? 'Debrief in progress' : 'Conversation debriefed', at: d.heldAt,
      text: join(...Object.values(d.steps).map((s) => s.notes), d.theirView, d.surprised, d.learned, d.differently, d.fewerCommitmentsReason, ...d.commitmentDrafts.map((c) => c.text)),
    })),
  commitment: (j) => j.commitments.map((c) => ({ entry: `commitment:${c.id}`, kind: 'Commitment', title: shorten(c.text, 90), at: c.createdAt, text: join(c.text, c.note) })),
  check: (j) => j.checks.map((c) => ({ entry: `check:${c.id}`, kind: 'Trust check', title: 'Trust check', at: c.at, text: join(c.evidence, c.interpretation, c.emotion, c.source) })),
  monitoring: (j) => j.monitoringNotes.map((n) => ({ entry: `monitoring:${n.id}`, kind: 'My check-in', title: 'My check-in', at: n.at, text: n.note })),
  'meeting-note': (j) => j.meetingNotes.map((n) => ({ entry: `meeting-note:${n.id}`, kind: '1:1 note', title: shorten(n.text, 90), at: n.at, text: n.text })),
  'repair-bid': (j) => j.repairBids.map((b) => ({ entry: `repair-bid:${b.id}`, kind: 'Repair attempt', title: shorten(b.what, 90), at: b.at, text: join(b.what, b.note) })),
  'their-trust': (j) => j.theirTrust.map((t) => ({ entry: `their-trust:${t.id}`, kind: 'Their trust in me', title: 'Their trust in me', at: t.at, text: join(t.evidence, t.interpretation) })),
};

/** A plan's parts are text, or (the apology plan, the prediction) small records whose text fields count too. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).filter((v): v is string => typeof v === 'string');
}

function personPart(j: Journal): Part {
  const r = j.relationship;
  return { entry: 'person', kind: 'Person', title: r.name, at: r.createdAt, text: join(r.role, r.notes) };
}

/**
 * Written out member by member: a spread of parts built by nine different builders (nine shapes) took
 * V8's slow path, about a tenth of main's work in the search build at L.
 */
const whole = (j: Journal, p: Part): SearchDocument => ({
  id: `${j.relationship.id}|${p.entry}`, relationshipId: j.relationship.id, person: j.relationship.name, entry: p.entry, kind: p.kind, title: p.title, at: p.at, text: p.text,
});

/** Every searchable document of one journal: the person first, then each entry that has words. */
export function journalDocuments(journal: Journal): SearchDocument[] {
  const entries = Object.values(BUILDERS).flatMap((build) => build(journal)).filter((p) => p.text.trim() !== '');
  return [personPart(journal), ...entries].map((p) => whole(journal, p));
}

/** Which list of the journal each kind of entry comes from, so one entry is built without the rest. */
const LISTS: Record<string, keyof Journal> = {
  incident: 'incidents', preparation: 'preparations', debrief: 'debriefs', commitment: 'commitments', check: 'checks',
  monitoring: 'monitoringNotes', 'meeting-note': 'meetingNotes', 'repair-bid': 'repairBids', 'their-trust': 'theirTrust',
};

/**
 * The one document for a timeline key (what a result shows its snippet from). Only that entry is
 * built: a result list touches sixty entries of journals that may hold thousands each.
 */
export function documentFor(journal: Journal, entry: string): SearchDocument | null {
  if (entry === 'person') return whole(journal, personPart(journal));
  const kind = entry.slice(0, entry.indexOf(':'));
  const id = entry.slice(entry.indexOf(':') + 1);
  const build = BUILDERS[kind];
  const list = LISTS[kind];
  if (!build || !list) return null;
  const records = journal[list] as readonly { id: string }[];
  const part = build({ ...journal, [list]: records.filter((r) => r.id === id) }).find((p) => p.entry === entry);
  return part ? whole(journal, part) : null;
}

/** The kinds whose title is their own first words (see BUILDERS); others' titles name the kind ("My check-in"). */
const TITLED_BY_TEXT: ReadonlySet<string> = new Set(['commitment', 'meeting-note', 'repair-bid']);

/**
 * The text a result's snippet is cut from: the entry's words less what its title already shows in
 * full. A commitment's, a 1:1 note's and a repair attempt's title is its own first words, and a result
 * said them twice. A title cut short ("…") leaves the text whole: the words searched for may lie past
 * the cut. Empty when the title says it all (the result then shows no snippet).
 */
export function snippetText(doc: Pick<SearchDocument, 'entry' | 'title' | 'text'>): string {
  const title = doc.title.trim();
  if (!TITLED_BY_TEXT.has(doc.entry.slice(0, doc.entry.indexOf(':'))) || title === '' || title.endsWith('…')) return doc.text;
  // The title is the text flattened (shorten.ts): any run of white space in the text reads as one space.
  const lead = new RegExp(`^\\s*${title.split(' ').map(escapeRegExp).join('\\s+')}(?=\\s|$)`);
  const found = lead.exec(doc.text);
  return found ? doc.text.slice(found[0].length).trim() : doc.text;
}
