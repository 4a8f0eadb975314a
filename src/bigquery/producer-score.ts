/** producer_score: PRODUCER_SCORE for one row. */
import { EQUAL_WEIGHTS, parseWeights, scoreRow, type Weights } from '../core/vetting/score';
import { type CheckedNumber, cell, checkedNumber, type Sql } from './cells';

/** An empty or NULL array is "not given", as an omitted weights argument in Sheets: equal weights. */
function weightsOf(weights: Sql<Sql<number>[]>): Weights {
  return weights === null || weights.length === 0 ? EQUAL_WEIGHTS : parseWeights(weights.map(cell));
}

export function run(
  relevance: Sql<number>,
  resonance: Sql<number>,
  reliability: Sql<number>,
  weights: Sql<Sql<number>[]>,
): CheckedNumber {
  return checkedNumber('PRODUCER_SCORE', () =>
    scoreRow(cell(relevance), cell(resonance), cell(reliability), weightsOf(weights)),
  );
}
