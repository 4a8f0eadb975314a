/**
 * The vetting domain (src/core/vetting/) owns choosing producers: the weighted rubric of
 * PRODUCER_SCORE.
 *
 * The vetting rubric: relevance (niche overlap), resonance (depth of engagement) and reliability
 * (professionalism, consistency), each 0 to 5, weighted into a score from 0 to 100.
 */
import {
  CallError,
  describeValue,
  isBlank,
  MAX_MAGNITUDE,
  parseNumericText,
  toNumberInRange,
} from '../values';

const RUBRIC = ['relevance', 'resonance', 'reliability'] as const;

/**
 * Weights as typed, not all zero. The score divides by their sum last, so whole-number weights and
 * scores give the exact score: 3, 4 and 5 with equal weights are 80, not the 79.99999999999999 that
 * weights normalised to thirds first would give (and a "score >= 80" test would miss).
 */
export type Weights = readonly [number, number, number];

export const EQUAL_WEIGHTS: Weights = [1, 1, 1];

const RUBRIC_MAX = 5;

/** Weights as typed: three non-negative numbers, not all zero. */
export function parseWeights(values: readonly unknown[]): Weights {
  if (values.length !== 3) {
    throw new CallError(
      `weights must be three numbers for relevance, resonance and reliability (got ${values.length})`,
    );
  }
  const numbers = values.map((value, i) => {
    const n =
      typeof value === 'number' ? value : typeof value === 'string' ? parseNumericText(value) : undefined;
    if (n === undefined || !(n >= 0)) {
      throw new CallError(
        `weight for ${RUBRIC[i]} must be a number of 0 or more (got ${describeValue(value)})`,
      );
    }
    // The score divides by the weights' sum, which two weights near 1.8e308 overflow.
    if (n > MAX_MAGNITUDE) {
      throw new CallError(`weight for ${RUBRIC[i]} is too large (got ${describeValue(value)}; at most 1e15)`);
    }
    return n;
  });
  const total = numbers[0] + numbers[1] + numbers[2];
  if (total === 0) throw new CallError('weights must not all be zero');
  return [numbers[0], numbers[1], numbers[2]];
}

/** 20 x the weighted mean of three 0..5 scores: 0 to 100. */
export function weightedScore(
  relevance: number,
  resonance: number,
  reliability: number,
  weights: Weights,
): number {
  const sum = weights[0] * relevance + weights[1] * resonance + weights[2] * reliability;
  const score = (20 * sum) / (weights[0] + weights[1] + weights[2]);
  // Fractional weights can round a perfect score a hair past 100. A comparison, not Math.min: this
  // runs once per row, and in a vm context (the emulator) every read of a global such as `Math`
  // goes through the context's interceptor, which made it 20 times the cost of the arithmetic.
  // biome-ignore lint/complexity/useMathMinMax: Math.min is a global read per row (see above)
  return score > 100 ? 100 : score;
}

const inRubric = (n: number): boolean => n >= 0 && n <= RUBRIC_MAX;

/**
 * One row of the rubric as cells: a number when all three are valid; blank while any is blank
 * (vetting is still under way at Discovery; the lifecycle rule requires all three from
 * Negotiation on); a RowError for the first value that is out of range or not a number, even
 * when others are blank. Three in-range numbers take a path that allocates nothing, since this
 * runs once per row of ranges of 100,000 rows.
 */
export function scoreRow(
  relevance: unknown,
  resonance: unknown,
  reliability: unknown,
  weights: Weights,
): number | '' {
  if (
    typeof relevance === 'number' &&
    typeof resonance === 'number' &&
    typeof reliability === 'number' &&
    inRubric(relevance) &&
    inRubric(resonance) &&
    inRubric(reliability)
  ) {
    return weightedScore(relevance, resonance, reliability, weights);
  }
  const cells = [relevance, resonance, reliability];
  const scores = cells.map((cell, i) =>
    isBlank(cell) ? undefined : toNumberInRange(cell, RUBRIC[i], 0, RUBRIC_MAX),
  );
  if (scores[0] === undefined || scores[1] === undefined || scores[2] === undefined) return '';
  return weightedScore(scores[0], scores[1], scores[2], weights);
}
