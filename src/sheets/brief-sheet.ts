/**
 * Writes a brief (rows of typed cells from src/core/brief/document) to its own sheet,
 * "Brief P-0001", and the debrief to "Debrief P-0001" the same way: one setNumberFormats, setValues, setFontWeights and setBackgrounds over the
 * whole block. Writing it again replaces the sheet's content in place; a sheet of that name holding
 * anything else (its A1 is not the brief's title) is never cleared.
 */

import { parseIsoDate } from '../core/brief/check';
import {
  briefTitlePrefix,
  DOC_WIDTH,
  type DocCell,
  type DocRow,
  type DocStyle,
} from '../core/brief/document';
import { briefSheetTakenMessage } from '../core/messages';
import { midnightInZone } from './time-zone';

export const briefSheetName = (id: string): string => `Brief ${id}`;

const CURRENCY = '$#,##0.00';
const FORMATS: Record<DocCell['kind'], string> = {
  text: '@',
  money: CURRENCY,
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

/**
 * Text is always written with a leading apostrophe: Sheets stores what follows as text and hides
 * the apostrophe, so "=HYPERLINK(...)", "+1" or "2024" typed in a brief stay exactly as typed.
 */
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

export function writeBriefSheet(id: string, rows: readonly DocRow[], timeZone: string): string {
  const name = briefSheetName(id);
  writeDocument(name, briefTitlePrefix(id), rows, timeZone);
  return name;
}

/**
 * Writes a document (a brief, a debrief) to the sheet of that name, replacing its content in place,
 * and returns the sheet. A sheet of that name whose A1 does not start with `titlePrefix` is left
 * alone (`taken` words the message: what it holds, what to do again).
 */
export function writeDocument(
  name: string,
  titlePrefix: string,
  rows: readonly DocRow[],
  timeZone: string,
  taken: [what: string, again: string] = ['brief', 'create the brief again'],
): GoogleAppsScript.Spreadsheet.Sheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let sheet = ss.getSheetByName(name);
  if (sheet) {
    // An empty sheet of that name is used; one holding anything but this document is left alone.
    if (sheet.getLastRow() > 0 && !String(sheet.getRange(1, 1).getValue()).startsWith(titlePrefix)) {
      throw new Error(briefSheetTakenMessage(name, ...taken));
    }
    sheet.clear();
  } else {
    sheet = ss.insertSheet(name);
    sheet.setColumnWidth(1, 200);
    sheet.setColumnWidths(2, DOC_WIDTH - 1, 140);
  }
  const values: unknown[][] = [];
  const formats: string[][] = [];
  const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
  const backgrounds: (string | null)[][] = [];
  for (const row of rows) {
    const bold = row.style === 'title' || row.style === 'heading' || row.style === 'tableHeader';
    const cells: unknown[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < DOC_WIDTH; c++) {
      const cell = row.cells[c];
      cells.push(cell ? cellValue(cell, timeZone) : '');
      rowFormats.push(FORMATS[cell?.kind ?? 'text']);
    }
    values.push(cells);
    formats.push(rowFormats);
    weights.push(
      new Array<GoogleAppsScript.Spreadsheet.FontWeight>(DOC_WIDTH).fill(bold ? 'bold' : 'normal'),
    );
    backgrounds.push(new Array(DOC_WIDTH).fill(BACKGROUNDS[row.style]));
  }
  const block = sheet.getRange(1, 1, rows.length, DOC_WIDTH);
  block.setNumberFormats(formats);
  block.setValues(values);
  block.setFontWeights(weights);
  block.setBackgrounds(backgrounds);
  return sheet;
}
