// Dropdowns (data validation "value in list", as Set up workbook puts on Stage, Platform and
// Exclusivity) kept in the .xlsx as Excel list validations, which Google Sheets imports as dropdowns.
// Excel's inline list is one quoted, comma-separated text of at most 255 characters, so a list whose
// items hold a comma or a quote, or that is longer, is not saved. Other rules (checkboxes) are not kept.
import type ExcelJS from 'exceljs';
import { columnToLetters } from '../emulator/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** exceljs has worksheet.dataValidations but leaves it out of its types. */
interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
  model: Record<string, ExcelJS.DataValidation>;
}
const validationsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: DataValidations }).dataValidations;

const MAX_LIST_FORMULA = 255;

/** The list and whether other values are allowed (Sheets: "show a warning"; Excel: no error alert). */
function listOf(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): string | undefined {
  if (!rule || String(rule.getCriteriaType()) !== 'VALUE_IN_LIST') return undefined;
  const items = rule.getCriteriaValues()[0];
  if (!Array.isArray(items) || items.some((i) => typeof i !== 'string' || /[,"]/.test(i))) return undefined;
  const formula = `"${items.join(',')}"`;
  if (formula.length > MAX_LIST_FORMULA) return undefined;
  return JSON.stringify({ formula, allowInvalid: rule.getAllowInvalid() });
}

/** Writes each column's runs of one list rule as one list validation. */
export function saveListValidations(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  const rows = sheet.getMaxRows();
  const cols = sheet.getMaxColumns();
  const rules = sheet.getRange(1, 1, rows, cols).getDataValidations();
  for (let c = 0; c < cols; c++) {
    let start = -1;
    let current = '';
    const flush = (end: number) => {
      if (start < 0) return;
      const letters = columnToLetters(c + 1);
      const { formula, allowInvalid } = JSON.parse(current) as { formula: string; allowInvalid: boolean };
      validationsOf(ws).add(`${letters}${start + 1}:${letters}${end}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: !allowInvalid,
      });
      start = -1;
    };
    for (let r = 0; r <= rows; r++) {
      const key = (r < rows ? listOf(rules[r][c]) : undefined) ?? '';
      if (key === current) continue;
      flush(r);
      if (key) start = r;
      current = key;
    }
  }
}

/** Reads list validations back as "value in list" rules, one range per column run. */
export function loadListValidations(
  ws: ExcelJS.Worksheet,
  sheet: Sheet,
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
): void {
  const model = validationsOf(ws).model;
  // exceljs gives one entry per cell; group them back into column runs.
  const byColumn = new Map<number, { row: number; key: string }[]>();
  for (const [address, rule] of Object.entries(model)) {
    const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(address);
    const formula = rule?.formulae?.[0];
    if (!m || rule.type !== 'list' || typeof formula !== 'string' || !/^"[^"]*"$/.test(formula)) continue;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const cells = byColumn.get(col) ?? [];
    cells.push({ row: Number(m[2]), key: JSON.stringify([formula.slice(1, -1), !rule.showErrorMessage]) });
    byColumn.set(col, cells);
  }
  for (const [col, cells] of byColumn) {
    cells.sort((a, b) => a.row - b.row);
    let i = 0;
    while (i < cells.length) {
      let j = i;
      while (
        j + 1 < cells.length &&
        cells[j + 1].row === cells[j].row + 1 &&
        cells[j + 1].key === cells[i].key
      )
        j++;
      const last = cells[j].row;
      if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
      const [list, allowInvalid] = JSON.parse(cells[i].key) as [string, boolean];
      const rule = app
        .newDataValidation()
        .requireValueInList(list.split(','), true)
        .setAllowInvalid(allowInvalid)
        .build();
      sheet.getRange(cells[i].row, col, last - cells[i].row + 1, 1).setDataValidation(rule);
      i = j + 1;
    }
  }
}
