/**
 * BigQuery values as the core's cells, and the core's results as BigQuery values. BigQuery passes
 * SQL NULL to a JavaScript UDF as null, where Sheets passes a blank cell as "": both are blank to
 * the core, so NULL becomes "" here and every rule reads it as Sheets' blank.
 */
import { errorCell } from '../core/values';
import { asCallError, rowErrorCell } from '../functions/rows';

export type Sql<T> = T | null;

/** NULL as Sheets' blank cell. */
export const cell = (value: unknown): unknown => (value === null || value === undefined ? '' : value);

/** NULL as an argument Sheets was not given (optional arguments of the custom functions). */
export const given = (value: unknown): unknown => (value === null ? undefined : value);

/** The result of a custom function that shows a number, a blank or `#ERROR: ...` in its cell. */
export interface CheckedNumber {
  value: number | null;
  error: string | null;
}

/**
 * Runs one row as the custom function `functionName` would: a number, a blank row as NULL, a row
 * error as NULL with the cell's `#ERROR: ...` text, and a call error (which makes the Sheets formula
 * fail) thrown with the same message, which fails the query.
 */
export function checkedNumber(functionName: string, row: () => number | ''): CheckedNumber {
  try {
    const value = row();
    return { value: value === '' ? null : value, error: null };
  } catch (error) {
    try {
      return { value: null, error: rowErrorCell(error) };
    } catch {
      throw asCallError(functionName, error);
    }
  }
}

/** "#ERROR: ", as the core writes it. */
const ERROR_PREFIX = errorCell('');

/** The result of a custom function that shows text, a blank or `#ERROR: ...` in its cell. */
export interface CheckedText {
  value: string | null;
  error: string | null;
}

/**
 * A cell of a per-row custom function (UTM_LINK, DISCLOSURE_CHECK) run on one row's values: its
 * text, a blank row as NULL, or NULL with the `#ERROR: ...` text. A call error is already thrown
 * with the function's name, which fails the query.
 */
export function checkedText(cell: unknown): CheckedText {
  if (cell === '') return { value: null, error: null };
  const text = String(cell);
  return text.startsWith(ERROR_PREFIX) ? { value: null, error: text } : { value: text, error: null };
}

/** For results that are not cells: a call error thrown with the message Sheets shows. */
export function asCall<T>(functionName: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asCallError(functionName, error);
  }
}
