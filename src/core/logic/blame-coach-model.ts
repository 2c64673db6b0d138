/**
 * The coach's learned model: a logistic regression over the features of one sentence
 * (blame-coach-features.ts), trained by scripts/train-coach.ts on the three labelled tuning sets. It sits
 * beside the rules: the rules name the kind of blame and explain it; the model catches blaming phrasings the
 * rules have never seen. Its weights are generated (blame-coach-weights.ts); never edit them by hand.
 */
import { features, outsideModel } from './blame-coach-features';
import { COACH_MODEL } from './blame-coach-weights';

/** A trained model: a bias, feature weights, and the probability above which a sentence is flagged. */
export interface CoachModel {
  bias: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(COACH_MODEL.weights));

/** The model's probability that one sentence reads as blame, from a given feature-weight lookup. */
export function probabilityWith(weight: (feature: string) => number, bias: number, sentence: string): number {
  let z = bias;
  for (const f of features(sentence)) z += weight(f);
  return 1 / (1 + Math.exp(-z));
}

/** The shipped model's probability that one sentence reads as blame. */
export function blameProbability(sentence: string): number {
  return probabilityWith((f) => WEIGHTS.get(f) ?? 0, COACH_MODEL.bias, sentence);
}

/**
 * How many of a sentence's words the model knows: its bias alone reads as blame (a sentence of words it
 * has never seen came out at 0.82, over its 0.7), so it judges only a sentence most of whose words it
 * learned. Found by a helper: a bare Markdown line ("Heading", "quoted line") and calm sentences in
 * German, Russian or Japanese were all flagged "may land as blame". Those are left to the rules.
 */
function knowsEnough(sentence: string): boolean {
  const unigrams = features(sentence).filter((f) => f.startsWith('u:'));
  const known = unigrams.filter((f) => WEIGHTS.has(f)).length;
  return known >= 2 && known * 2 >= unigrams.length;
}

/** True when the shipped model alone would flag the sentence (never one left to the rules alone). */
export function modelFlags(sentence: string): boolean {
  return !outsideModel(sentence) && knowsEnough(sentence) && blameProbability(sentence) > COACH_MODEL.threshold;
}
