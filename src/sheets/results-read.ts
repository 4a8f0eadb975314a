/**
 * Reading the Results sheet (src/core/results/results-sheet.ts is its contract): one read of its
 * data range. Month cells someone re-typed as dates are turned into `yyyy-mm` in the spreadsheet's
 * time zone first, as the contract asks; the zone is looked up only when such a cell exists.
 */
import {
  mapResultsColumns,
  RESULTS_SHEET,
  type ResultTotals,
  readResultRows,
} from '../core/results/results-sheet';
import { isDate } from '../core/values';
import { sheetValues } from './sheet-values';
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
  const sheet = ss.getSheetByName(RESULTS_SHEET);
  if (!sheet) return NO_RESULTS;
  return resultsFromValues(sheetValues(sheet));
}

/** The Results sheet's values (header first, any subset of its columns) as totals. */
export function resultsFromValues(values: unknown[][]): ResultsRead {
  const month = mapResultsColumns(values[0] ?? []).month;
  if (month !== undefined) {
    let zone: string | undefined;
    for (let r = 1; r < values.length; r++) {
      const cell = values[r][month];
      if (!isDate(cell)) continue;
      zone = zone ?? spreadsheetTimeZone();
      values[r][month] = Utilities.formatDate(cell, zone, 'yyyy-MM');
    }
  }
  return { present: true, ...readResultRows(values) };
}
