import { commonHeight, rowArg, toGrid, width } from '../core/grid';
import { CallError, isBlank } from '../core/values';
import { EQUAL_WEIGHTS, parseWeights, scoreRow, type Weights } from '../core/vetting/score';
import { asCallError, type CellResult, rowErrorCell } from './rows';

/** Weights as a 1 x 3 or 3 x 1 range, or an array literal. Omitted or blank: equal weights. */
function readWeights(arg: unknown): Weights {
  const grid = toGrid(arg);
  if (grid === undefined || (grid.length === 1 && width(grid) === 1 && isBlank(grid[0][0])))
    return EQUAL_WEIGHTS;
  const flat = grid.length === 1 ? grid[0] : width(grid) === 1 ? grid.map((row) => row[0]) : undefined;
  if (flat === undefined) {
    throw new CallError(
      `weights must be a row or column of three numbers (got ${grid.length} x ${width(grid)})`,
    );
  }
  return parseWeights(flat);
}

/** One row's result cell: the score, blank, or the row's error. */
function scoreCell(
  relevance: unknown,
  resonance: unknown,
  reliability: unknown,
  weights: Weights,
): CellResult {
  try {
    return scoreRow(relevance, resonance, reliability, weights);
  } catch (error) {
    return rowErrorCell(error);
  }
}

/** An empty argument (`F2:H, , , w`) may arrive as undefined or "". */
const omitted = (arg: unknown): boolean => arg === undefined || arg === '';

export function producerScore(
  relevance: unknown,
  resonance?: unknown,
  reliability?: unknown,
  weights?: unknown,
) {
  try {
    const weightsUsed = readWeights(weights);
    const first = toGrid(relevance);
    if (first === undefined) throw new CallError('relevance is required');
    // One N x 3 range holding all three scores.
    if (width(first) === 3 && omitted(resonance) && omitted(reliability)) {
      const out: CellResult[][] = new Array(first.length);
      for (let i = 0; i < first.length; i++) {
        const row = first[i];
        out[i] = [scoreCell(row[0], row[1], row[2], weightsUsed)];
      }
      return first.length === 1 ? out[0][0] : out;
    }
    // Otherwise three arguments. A blank referenced cell also arrives as "", so only an argument
    // that is not there at all is missing; "" is a blank score, judged per row.
    if (resonance === undefined || reliability === undefined) {
      throw new CallError(
        `give relevance, resonance and reliability, or one range of three columns (got ${first.length} x ${width(first)}${resonance === undefined ? '' : ' and resonance only'})`,
      );
    }
    const columns: Array<[string, ReturnType<typeof rowArg>]> = [
      ['relevance', rowArg(relevance, 'relevance')],
      ['resonance', rowArg(resonance, 'resonance')],
      ['reliability', rowArg(reliability, 'reliability')],
    ];
    const height = commonHeight(columns);
    const [a, b, c] = columns.map(([, arg]) => arg!);
    const out: CellResult[][] = new Array(height);
    for (let i = 0; i < height; i++) out[i] = [scoreCell(a.at(i), b.at(i), c.at(i), weightsUsed)];
    return height === 1 ? out[0][0] : out;
  } catch (error) {
    throw asCallError('PRODUCER_SCORE', error);
  }
}
