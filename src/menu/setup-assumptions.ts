/** Set up workbook's Assumptions sheet: labelled forecast inputs, added where their label is missing. */
import { ASSUMPTIONS, ASSUMPTIONS_HEADER, ASSUMPTIONS_SHEET } from '../core/forecast/assumptions';
import { textKey } from '../core/values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function setUpAssumptions(ss: Spreadsheet): string[] {
  let sheet = ss.getSheetByName(ASSUMPTIONS_SHEET);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(ASSUMPTIONS_SHEET);
  const lastRow = sheet.getLastRow();
  const labels = new Set(
    lastRow > 0
      ? sheet
          .getRange(1, 1, lastRow, 1)
          .getValues()
          .map(([label]) => textKey(label))
      : [],
  );
  const missing = ASSUMPTIONS.filter((spec) => !labels.has(textKey(spec.label)));
  const rows: unknown[][] = [];
  if (lastRow === 0) rows.push([...ASSUMPTIONS_HEADER]);
  for (const spec of missing) rows.push([spec.label, spec.defaultValue, spec.note]);
  if (rows.length === 0) return [];
  const first = lastRow + 1;
  // A trimmed sheet may have no empty rows left to append to.
  const room = sheet.getMaxRows() - lastRow;
  if (room < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - room);
  sheet.getRange(first, 1, rows.length, 3).setValues(rows);
  const formatFrom = lastRow === 0 ? first + 1 : first;
  sheet
    .getRange(formatFrom, 2, missing.length, 1)
    .setNumberFormats(missing.map((spec) => [spec.numberFormat]));
  if (lastRow === 0) {
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return [
    created ? 'created the Assumptions sheet' : `added assumptions ${missing.map((s) => s.label).join(', ')}`,
  ];
}
