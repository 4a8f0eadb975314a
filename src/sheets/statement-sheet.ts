/**
 * Writes a statement (rows of typed cells from src/core/payout/statement.ts) to its own sheet,
 * "Statement P-0001 2026-11", as every document is (src/sheets/document-sheet.ts). Writing it
 * again replaces the sheet's content in place; a sheet of that name holding anything else (its A1
 * is not the statement's title) is never cleared.
 */

import type { DocRow } from '../core/brief/document';
import { STATEMENT_WIDTH, statementSheetName, statementTitlePrefix } from '../core/payout/statement';
import { type DocumentLayout, writeDocumentSheet } from './document-sheet';

/** A statement's layout: its amounts in the Results' currency, so no currency sign. */
const STATEMENT_LAYOUT: DocumentLayout = {
  width: STATEMENT_WIDTH,
  columnWidths: [300, 120],
  money: '#,##0.00',
};

/** The sheet's name, or the reason it was not written. */
export function writeStatementSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  id: string,
  month: string,
  rows: readonly DocRow[],
  timeZone: string,
): { name: string; problem?: string } {
  const name = statementSheetName(id, month);
  const sheet = writeDocumentSheet(
    ss,
    name,
    statementTitlePrefix(id, month),
    rows,
    timeZone,
    STATEMENT_LAYOUT,
  );
  if (sheet) return { name };
  return {
    name,
    problem: `a sheet named "${name}" holds something else: rename it, then write the statement again`,
  };
}
