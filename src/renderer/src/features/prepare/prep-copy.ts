/**
 * The guidance the preparation shows, written for Mend: short, warm, concrete, and never about what
 * the other person "is". Kept apart from the components so the words can be read and tuned in one place.
 */
import type { PrepScreen } from '../../../../core/model/preparation-labels';

/** The first line of each screen: what it is for. */
export const SCREEN_LEDES: Record<PrepScreen, string> = {
  'cool-down': 'Before you plan what to say, notice where you are. A plan made in the heat tends to come out as a verdict.',
  facts: 'Separate what happened from the story you’re telling yourself about it. Both are worth writing down.',
  hypotheses: 'Hold each cause as a guess until you’ve heard them. Tick the ones that seem possible, and see what each would mean for repair.',
  perspective: 'Open with their side, and mean it. Ask how it went for them and what got in the way, then listen a little longer than feels comfortable.',
  permission: 'Once they feel heard, ask whether they’re open to hearing how it landed for you. A real question leaves room for “not yet”.',
  experience: 'Say what you saw, how it felt and what it cost, without deciding what they meant by it.',
  forward: 'Work out together what happens next: what they’d do differently, what would help, what you’d like to see, and what you can change too.',
  commitment: 'End with one clear promise from each of you. Trust grows back through promises that are kept.',
};

export const COOL_DOWN = {
  activationLegend: 'How stirred up are you right now?',
  hotAdvice:
    'You’re running hot, which is human after a day like this. Strong feelings narrow what we hear, so if you can, have the conversation after a night’s sleep or at least a walk. Keep planning here in the meantime; writing it down helps it settle.',
  emotionLabel: 'What are you feeling?',
  emotionHint: 'A word or two is enough: frustrated, embarrassed, worried.',
  sourceLabel: 'Where is it coming from?',
  sourceHint: 'What exactly set it off? Naming it takes some of the heat out.',
  fearsLegend: 'Which of these does it touch?',
  fearsHint: 'Tick any that fit. A fear with a name is easier to set aside for an hour.',
};

export const FACTS = {
  cameraLabel: 'What would a camera have recorded?',
  cameraHint: 'Only what could be seen or heard: times, words, documents.',
  storyLabel: 'The story I’m telling myself',
  storyHint: 'Let it out here, unedited. Only you will read it.',
  otherLabel: 'What else could explain it?',
  otherHint: 'Find two or three other reasons, even unlikely ones.',
  colleagueLabel: 'If my most trusted colleague had done this, I’d think…',
};

export const HYPOTHESES = {
  legend: 'Possible causes',
  likelihood: 'How likely?',
  note: 'Why I think so',
  repair: 'If so, lean on',
  watch: 'Afterwards, watch for',
  fromIncident: 'The causes you suspected when you logged the incident are already ticked.',
};

/** The plan screens: the field's label and hint, and sub-prompts shown as a short list. */
export const PLAN = {
  perspective: {
    label: 'Questions I’ll ask to understand their side',
    hint: 'Open questions work best, such as “How did last week look from where you sat?”',
  },
  permission: {
    label: 'How I’ll ask to share my side',
    hint: 'For example: “Could I tell you how it looked from my end?”',
  },
  experience: {
    label: 'My experience and its impact',
    hint: 'Start from “I”: what you saw, how it felt, what it meant for you and the team.',
  },
  forward: {
    label: 'My notes for the way forward',
    hint: 'Notes for each of these are enough; you’ll work out the rest together.',
    prompts: [
      'What I’d like to see change',
      'Support I can offer',
      'How I’ll ask what I could do differently, to help rebuild trust from my side',
    ],
  },
  commitment: {
    label: 'The commitment I’ll invite from them',
    hint: 'Something specific they choose themselves, with a date.',
  },
  mine: {
    label: 'The one commitment I’m ready to offer',
    hint: 'Small, specific, and something you’ll certainly keep.',
  },
  plannedAt: {
    label: 'When will you talk?',
    hint: 'Optional. It shows on the cue card.',
  },
};
