import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';

/**
 * What was typed into a quick-capture form, kept for the whole session by form and person, so leaving
 * the screen (or a refusal) never loses it, and kept on disk too as a draft (see the forms'
 * createFormDraft), so closing the window, quitting or a crash never loses it either. Cleared only once
 * the entry is saved.
 */
export const noteDraftKey = (relationshipId: string): string => `capture-note:${relationshipId}`;
export const commitmentDraftKey = (formKey: string): string => `capture-commitment:${formKey}`;

export interface CommitmentDraft {
  relationshipId: string;
  owner: 'them' | 'me';
  text: string;
  dueAt: string;
}

export interface NoteDraft {
  at: string;
  text: string;
}

const [commitments, setCommitments] = createStore<Record<string, CommitmentDraft>>({});
const [notes, setNotes] = createStore<Record<string, NoteDraft>>({});

export function commitmentDraft(key: string, relationshipId: string): CommitmentDraft {
  if (!commitments[key]) setCommitments(key, { relationshipId, owner: 'them', text: '', dueAt: '' });
  return commitments[key]!;
}
export const editCommitmentDraft = (key: string, patch: Partial<CommitmentDraft>) => setCommitments(key, patch);
export const clearCommitmentDraft = (key: string) => setCommitments(key, undefined!);

export function noteDraft(key: string, at: string): NoteDraft {
  if (!notes[key]) setNotes(key, { at, text: '' });
  return notes[key]!;
}
export const editNoteDraft = (key: string, patch: Partial<NoteDraft>) => setNotes(key, patch);
export const clearNoteDraft = (key: string) => setNotes(key, undefined!);

/**
 * Asks a person's page to open its "Add a commitment" form, whose words were put in its draft from
 * elsewhere on the page (a reword whose commitment was removed: StrandedChanges). Each ask is news,
 * even for the same person twice.
 */
const [commitmentFormAsked, askCommitmentForm] = createSignal<{ relationshipId: string } | null>(null, { equals: false });
export { commitmentFormAsked };
export const openCommitmentForm = (relationshipId: string): void => void askCommitmentForm({ relationshipId });
