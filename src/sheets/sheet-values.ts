/**
 * All of a sheet's data (A1 to its last row and column with data) in one round trip.
 * `getDataRange().getValues()` is two: getDataRange asks the backend for the data's extent, then
 * getValues reads it. Sheet.getSheetValues with -1 as the number of rows and columns reads up to
 * the last row and column that hold data in one call (Google's reference, Class Sheet,
 * getSheetValues: "A -1 value given as the row or column position is equivalent to getting the
 * very last row or column that has data in the sheet").
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The values getDataRange().getValues() gives: at least one row, [['']] for an empty sheet. */
export function sheetValues(sheet: Sheet): unknown[][] {
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    // An empty sheet has no last row to read up to: the data range is A1 alone.
    return sheet.getDataRange().getValues();
  }
  return values.length ? values : [['']];
}
