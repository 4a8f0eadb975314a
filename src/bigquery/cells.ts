/**
 * BigQuery values as the core's cells, and the core's results as BigQuery values. BigQuery passes
 * SQL NULL to a JavaScript UDF as null, where Sheets passes a blank cell as "": both are blank to
 * the core, so NULL becomes "" here and every rule reads it as Sheets' blank.
 */
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

/** For results that are not cells: a call error thrown with the message Sheets shows. */
export function asCall<T>(functionName: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asCallError(functionName, error);
  }
}
