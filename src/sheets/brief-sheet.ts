/**
 * Writes a brief (rows of typed cells from src/core/brief/document) to its own sheet, "Brief
 * P-0001", and the debrief to "Debrief P-0001" the same way (src/sheets/document-sheet.ts). Writing
 * it again replaces the sheet's content in place; a sheet of that name holding anything else (its
 * A1 is not the brief's title) is never cleared.
 */

import { briefTitlePrefix, DOC_WIDTH, type DocRow } from '../core/brief/document';
import { briefSheetTakenMessage } from '../core/messages';
import { type DocumentLayout, writeDocumentSheet } from './document-sheet';

export const briefSheetName = (id: string): string => `Brief ${id}`;

/** The brief's and the debrief's layout. */
const BRIEF_LAYOUT: DocumentLayout = { width: DOC_WIDTH, columnWidths: [200, 140], money: '$#,##0.00' };

/** `likelyNew`: the Pipeline row's Brief cell does not name the sheet (see writeDocumentSheet). */
export function writeBriefSheet(
  id: string,
  rows: readonly DocRow[],
  timeZone: string,
  likelyNew = false,
): GoogleAppsScript.Spreadsheet.Sheet {
  return writeDocument(briefSheetName(id), briefTitlePrefix(id), rows, timeZone, undefined, likelyNew);
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
  likelyNew = false,
): GoogleAppsScript.Spreadsheet.Sheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = writeDocumentSheet(ss, name, titlePrefix, rows, timeZone, BRIEF_LAYOUT, likelyNew);
  if (!sheet) throw new Error(briefSheetTakenMessage(name, ...taken));
  return sheet;
}
