/**
 * The Results sheet read as totals for the debrief, the forecast and the lifecycle (Validate all
 * rows): one read of its data range through readResultsValues, the sheet's one reader.
 */
import { type ResultTotals, readResultRows } from '../core/results/results-sheet';
import { monthsAsText, readResultsValues } from './results-sheet';
import { spreadsheetTimeZone } from './time-zone';

export interface ResultsRead {
  /** False when the spreadsheet has no Results sheet (the warnings that need it are not given). */
  readonly present: boolean;
  readonly rows: ResultTotals[];
  /** Sheet rows that were not read (no ID, month or known source). */
  readonly skipped: number[];
}

export const NO_RESULTS: ResultsRead = { present: false, rows: [], skipped: [] };

export function readResults(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ResultsRead {
  const { sheet, values } = readResultsValues(ss, spreadsheetTimeZone);
  if (!sheet) return NO_RESULTS;
  return { present: true, ...readResultRows(values) };
}

/** The Results sheet's values (header first, any subset of its columns) as totals. */
export function resultsFromValues(values: unknown[][]): ResultsRead {
  return { present: true, ...readResultRows(monthsAsText(values, spreadsheetTimeZone)) };
}
