/**
 * Writes a statement (rows of typed cells from src/core/payout/statement.ts) to its own sheet,
 * "Statement P-0001 2026-11": one setNumberFormats, setValues, setFontWeights and setBackgrounds
 * over the whole block. Writing it again replaces the sheet's content in place; a sheet of that name
 * holding anything else (its A1 is not the statement's title) is never cleared.
 */

import { parseIsoDate } from '../core/brief/check';
import type { DocCell, DocRow, DocStyle } from '../core/brief/document';
import { STATEMENT_WIDTH, statementSheetName, statementTitlePrefix } from '../core/payout/statement';
import { midnightInZone } from './time-zone';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const FORMATS: Record<DocCell['kind'], string> = {
  text: '@',
  money: '#,##0.00',
  percent: '0.0%',
  number: '#,##0',
  date: 'yyyy-mm-dd',
};
const BACKGROUNDS: Record<DocStyle, string | null> = {
  title: null,
  heading: '#e8f0fe',
  tableHeader: '#f1f3f4',
  body: null,
  flag: '#fce8e6',
  blank: null,
};

/** Text always goes in behind an apostrophe, so a producer named "=HYPERLINK(...)" stays text. */
function cellValue(cell: DocCell, timeZone: string): unknown {
  switch (cell.kind) {
    case 'text':
      return cell.text === '' ? '' : `'${cell.text}`;
    case 'date': {
      const d = parseIsoDate(cell.iso);
      return d ? midnightInZone(d.year, d.month, d.day, timeZone) : `'${cell.iso}`;
    }
    default:
      return cell.value;
  }
}

/** The sheet's name, or the reason it was not written. */
export function writeStatementSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  id: string,
  month: string,
  rows: readonly DocRow[],
  timeZone: string,
): { name: string; problem?: string } {
  const name = statementSheetName(id, month);
  let sheet = ss.getSheetByName(name);
  if (sheet) {
    if (
      sheet.getLastRow() > 0 &&
      !String(sheet.getRange(1, 1).getValue()).startsWith(statementTitlePrefix(id, month))
    ) {
      return {
        name,
        problem: `a sheet named "${name}" holds something else: rename it, then write the statement again`,
      };
    }
    sheet.clear();
  } else {
    sheet = ss.insertSheet(name);
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidths(2, STATEMENT_WIDTH - 1, 120);
  }
  const values: unknown[][] = [];
  const formats: string[][] = [];
  const weights: FontWeight[][] = [];
  const backgrounds: (string | null)[][] = [];
  for (const row of rows) {
    const bold = row.style === 'title' || row.style === 'heading' || row.style === 'tableHeader';
    const cells: unknown[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < STATEMENT_WIDTH; c++) {
      const cell = row.cells[c];
      cells.push(cell ? cellValue(cell, timeZone) : '');
      rowFormats.push(FORMATS[cell?.kind ?? 'text']);
    }
    values.push(cells);
    formats.push(rowFormats);
    weights.push(new Array<FontWeight>(STATEMENT_WIDTH).fill(bold ? 'bold' : 'normal'));
    backgrounds.push(new Array(STATEMENT_WIDTH).fill(BACKGROUNDS[row.style]));
  }
  const block = sheet.getRange(1, 1, rows.length, STATEMENT_WIDTH);
  block.setNumberFormats(formats);
  block.setValues(values);
  block.setFontWeights(weights);
  block.setBackgrounds(backgrounds);
  return { name };
}
