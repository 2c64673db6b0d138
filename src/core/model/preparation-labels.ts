/**
 * The shape of the guided preparation and the words it shows for the shared vocabulary.
 * Zod-free, so the renderer can import it cheaply; the debrief reuses the step titles.
 */
import type { Activation, ConversationStep, Fear } from './trust-items';

/** The starting values of a new preparation, kept here so the renderer can use them without zod. */
export const EMPTY_PLAN: Record<ConversationStep, string> = { perspective: '', permission: '', experience: '', forward: '', commitment: '' };
export const EMPTY_FACTS = { camera: '', story: '', otherExplanations: '', trustedColleague: '' };
export const EMPTY_COOL_DOWN: { activation: Activation | null; emotion: string; source: string; fears: Fear[] } = {
  activation: null,
  emotion: '',
  source: '',
  fears: [],
};

export const PREPARATION_STATUSES = ['draft', 'ready', 'discarded'] as const;
export type PreparationStatus = (typeof PREPARATION_STATUSES)[number];

/** The screens of the guided flow, in order. `Preparation.step` is an index into this list. */
export const PREP_SCREENS = [
  'cool-down',
  'facts',
  'hypotheses',
  'perspective',
  'permission',
  'experience',
  'forward',
  'commitment',
] as const;
export type PrepScreen = (typeof PREP_SCREENS)[number];
export const LAST_PREP_STEP = PREP_SCREENS.length - 1;

export const PREP_SCREEN_TITLES: Record<PrepScreen, string> = {
  'cool-down': 'Cool down',
  facts: 'Facts and story',
  hypotheses: 'What might be going on',
  perspective: 'Their perspective',
  permission: 'Ask to share yours',
  experience: 'Share your experience',
  forward: 'The way forward',
  commitment: 'One commitment each',
};

/** The five conversation steps, as titled on the plan, the cue card and the debrief. */
export const STEP_TITLES: Record<ConversationStep, string> = {
  perspective: 'Hear their side first',
  permission: 'Ask if they’re open to yours',
  experience: 'Share your experience, without blame',
  forward: 'Agree on the way forward',
  commitment: 'One clear commitment each',
};

export const FEAR_LABELS: Record<Fear, string> = {
  standing: 'How this makes me look',
  control: 'Losing control of the work',
  client: 'Letting the client down',
  fairness: 'It feeling unfair',
  relationship: 'What it means for us',
};

export const ACTIVATION_LABELS: Record<Activation, string> = {
  0: 'Calm',
  1: 'Stirred',
  2: 'Heated',
  3: 'Flooded',
};

export const ACTIVATION_HINTS: Record<Activation, string> = {
  0: 'I can think about this clearly.',
  1: 'It’s on my mind, but I’m steady.',
  2: 'I keep replaying it, and my jaw is tight.',
  3: 'I want to say something right now.',
};

export const PREPARATION_STATUS_LABELS: Record<PreparationStatus, string> = {
  draft: 'Draft',
  ready: 'Ready',
  discarded: 'Discarded',
};
