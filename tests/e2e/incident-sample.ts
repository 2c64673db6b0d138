import type { MendApp } from './harness/launch';

/** Calls the core behind the window (set-up a test needs, not what it tests); fails on a refusal. */
export async function ok<T = { id: string }>(app: MendApp, channel: string, input: unknown): Promise<T> {
  const r = await app.core.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.value as T;
}

/** A missed deadline, as the incident specs log it on Sam. */
export const SAMPLE_INCIDENT = {
  title: 'Missed the Acme proposal deadline',
  occurredAt: '2026-11-20T16:30:00.000Z',
  facts: 'The proposal was due Friday at five. It arrived on Monday.',
  impact: 'I asked the client for more time.',
  domains: ['reliability'],
  causes: [{ cause: 'stretched-too-thin', confidence: 'medium' }],
  baseline: { reliability: 6, competence: 6, sincerity: 7, care: 6, reliance: 5 },
  stability: 3,
  status: 'open',
};
