import type { Journal } from '../model/journal';
import { shorten } from './shorten';

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

function entryParts(j: Journal): Part[] {
  const incidentTitle = (id: string | null) => j.incidents.find((i) => i.id === id)?.title;
  return [
    ...j.incidents.map((i) => ({ entry: `incident:${i.id}`, kind: 'Incident', title: i.title, at: i.occurredAt, text: join(i.title, i.facts, i.impact) })),
    ...j.preparations
      .filter((p) => p.status !== 'discarded')
      .map((p) => ({
        entry: `preparation:${p.id}`,
        kind: 'Preparation',
        title: incidentTitle(p.incidentId) ? `Plan for “${incidentTitle(p.incidentId)}”` : 'Plan for a conversation',
        at: p.createdAt,
        text: join(p.coolDown.emotion, p.coolDown.source, ...Object.values(p.facts), ...p.hypotheses.map((h) => h.note), ...Object.values(p.plan), p.myCommitment),
      })),
    ...j.debriefs.map((d) => ({
      entry: `debrief:${d.id}`,
      kind: 'Debrief',
      title: d.status === 'draft' ? 'Debrief in progress' : 'Conversation debriefed',
      at: d.heldAt,
      text: join(...Object.values(d.steps).map((s) => s.notes), d.theirView, d.surprised, d.learned, d.differently, d.fewerCommitmentsReason, ...d.commitmentDrafts.map((c) => c.text)),
    })),
    ...j.commitments.map((c) => ({ entry: `commitment:${c.id}`, kind: 'Commitment', title: shorten(c.text, 90), at: c.createdAt, text: join(c.text, c.note) })),
    ...j.checks.map((c) => ({ entry: `check:${c.id}`, kind: 'Trust check', title: 'Trust check', at: c.at, text: join(c.evidence, c.interpretation, c.emotion, c.source) })),
    ...j.monitoringNotes.map((n) => ({ entry: `monitoring:${n.id}`, kind: 'My check-in', title: 'My check-in', at: n.at, text: n.note })),
  ];
}

/** Every searchable document of one journal: the person first, then each entry that has words. */
export function journalDocuments(journal: Journal): SearchDocument[] {
  const r = journal.relationship;
  const base = { relationshipId: r.id, person: r.name };
  const person: SearchDocument = { ...base, id: `${r.id}|person`, entry: 'person', kind: 'Person', title: r.name, at: r.createdAt, text: join(r.name, r.role, r.notes) };
  const entries = entryParts(journal)
    .filter((p) => p.text.trim() !== '')
    .map((p) => ({ ...base, ...p, id: `${r.id}|${p.entry}` }));
  return [person, ...entries];
}
