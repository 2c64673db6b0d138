/** The debrief's own small vocabulary; zod-free so the renderer can import it cheaply. */
export const STEP_HAPPENED = ['yes', 'partly', 'no'] as const;
export type StepHappened = (typeof STEP_HAPPENED)[number];

export const DEBRIEF_STATUSES = ['draft', 'done'] as const;
export type DebriefStatus = (typeof DEBRIEF_STATUSES)[number];

export const DIAGNOSIS_OUTCOMES = ['confirmed', 'revised'] as const;
export type DiagnosisOutcome = (typeof DIAGNOSIS_OUTCOMES)[number];
