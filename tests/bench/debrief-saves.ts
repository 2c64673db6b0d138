import type { Core } from '../../src/core/open-core';

type Answer = { ok: boolean; value?: unknown; message?: string };

const ok = async (p: Promise<Answer>): Promise<Record<string, unknown>> => {
  const r = await p;
  if (!r.ok) throw new Error(String(r.message));
  return r.value as Record<string, unknown>;
};

/**
 * The save the probes time: one debrief of the person, started once, then saved again and again with
 * the text of the person's first debrief and a number that changes, so every save changes one field.
 */
export async function debriefSaver(core: Core, relationshipId: string): Promise<(i: number) => Promise<void>> {
  const journal = await ok(core.call('journals:get', { relationshipId }));
  const draft = await ok(core.call('debriefs:start', { relationshipId, preparationId: null, incidentId: null }));
  const t = (journal['debriefs'] as Record<string, unknown>[])[0]!;
  return async (i) => {
    await ok(core.call('debriefs:save', {
      relationshipId, id: draft['id'], heldAt: t['heldAt'], steps: t['steps'], theirView: `${String(t['theirView'])} (${i})`,
      diagnosis: t['diagnosis'], surprised: t['surprised'], learned: t['learned'], differently: t['differently'], fewerCommitmentsReason: '', commitmentDrafts: [],
    }));
  };
}
