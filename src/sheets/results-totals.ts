/**
 * The Results sheet as the payouts and statements read it: readResultsValues (the sheet's one
 * reader), and the columns sales are added up from checked first, so a renamed header is an
 * error, not a month of 0.
 */
import {
  mapResultsColumns,
  RESULTS_COLUMNS,
  RESULTS_SHEET,
  type ResultsField,
  type ResultTotals,
  readResultRows,
} from '../core/results/results-sheet';
import { readResultsValues } from './results-sheet';

const NEEDED: readonly ResultsField[] = ['id', 'month', 'source', 'attributedSales', 'refunds'];

export interface ResultsRead {
  readonly rows: ResultTotals[];
  /** Sheet rows without an ID, a yyyy-mm Month or a known Source. */
  readonly skipped: number[];
  readonly problem?: string;
}

export function readResultTotals(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
): ResultsRead {
  const { values } = readResultsValues(ss, () => timeZone);
  if (values.length < 2) return { rows: [], skipped: [] };
  const columns = mapResultsColumns(values[0]);
  const missing = NEEDED.filter((field) => columns[field] === undefined);
  if (missing.length) {
    const names = missing.map((f) => `"${RESULTS_COLUMNS[f]}"`).join(', ');
    return {
      rows: [],
      skipped: [],
      problem: `The ${RESULTS_SHEET} sheet has no ${names} ${missing.length === 1 ? 'column' : 'columns'}, so no sales can be added up: put ${missing.length === 1 ? 'it' : 'them'} back or import the results again. Nothing was written.`,
    };
  }
  return readResultRows(values);
}
