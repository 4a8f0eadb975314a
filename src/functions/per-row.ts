/**
 * The shape shared by the per-row custom functions (UTM_LINK, DISCLOSURE_CHECK): every argument a
 * single value (applies to every row) or a column; one result per row; a row whose columns are all
 * blank stays blank; a RowError shows in its row as "#ERROR: ...".
 */
import { commonHeight, type RowArg, rowArg } from '../core/grid';
import { isBlank } from '../core/values';
import { type CellResult, rowErrorCell } from './rows';

const NON_SPACE = /\S/;

/** isBlank without trimming a copy of every long text (captions, links) just to test it. */
const blankCell = (value: unknown): boolean =>
  typeof value === 'string' ? !NON_SPACE.test(value) : isBlank(value);

/**
 * Runs `compute` for each row with that row's cell of every argument (undefined where an optional
 * argument was not given). With no column at all, the one row is blank when every value is.
 */
export function perRow(
  args: ReadonlyArray<readonly [name: string, value: unknown]>,
  compute: (cells: unknown[]) => CellResult,
): CellResult | CellResult[][] {
  const parsed: Array<[string, RowArg | undefined]> = args.map(([name, value]) => [
    name,
    rowArg(value, name),
  ]);
  const height = commonHeight(parsed);
  const anyColumn = parsed.some(([, arg]) => arg?.isColumn);
  const decisive = parsed
    .map(([, arg]) => arg)
    .filter((arg): arg is RowArg => arg !== undefined && (!anyColumn || arg.isColumn));
  const out: CellResult[][] = new Array(height);
  const cells: unknown[] = new Array(parsed.length);
  for (let i = 0; i < height; i++) {
    let blank = true;
    for (let k = 0; k < decisive.length && blank; k++) blank = blankCell(decisive[k].at(i));
    let value: CellResult = '';
    if (!blank) {
      for (let k = 0; k < parsed.length; k++) cells[k] = parsed[k][1]?.at(i);
      try {
        value = compute(cells);
      } catch (error) {
        value = rowErrorCell(error);
      }
    }
    out[i] = [value];
  }
  return height === 1 ? out[0][0] : out;
}
