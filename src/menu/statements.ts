/**
 * "Write statements for selected payouts": a statement sheet per selected Payouts row, on demand
 * (a statement for every partnership every month would fill the spreadsheet with sheets nobody
 * asked for). Reads the Payouts sheet and the Results once; writes under the document lock.
 */

import { BUSY, listFirst, quantity, TOAST_TITLE } from '../core/messages';
import { salesByMonth, salesKey } from '../core/payout/month-sales';
import { PAYOUTS_SHEET } from '../core/payout/payouts-sheet';
import { MAX_SHEET_NAME, statementDocument, statementSheetName } from '../core/payout/statement';
import { withDocumentLock } from '../sheets/lock';
import { readPayouts } from '../sheets/payouts-sheet';
import { readResultTotals } from '../sheets/results-totals';
import { writeStatementSheet } from '../sheets/statement-sheet';

/** More than this many statements in one go is almost surely a whole column selected by mistake. */
const MAX_STATEMENTS = 50;

const SELECT_FIRST = `Select the rows of the payouts to write statements for on the ${PAYOUTS_SHEET} sheet (at most ${MAX_STATEMENTS}), then choose Write statements again.`;

export function writeStatementsFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const range = ss.getActiveRange();
  if (!range || range.getSheet().getName() !== PAYOUTS_SHEET) {
    ui.alert('No statements written', SELECT_FIRST, ui.ButtonSet.OK);
    return;
  }
  const first = range.getRow();
  const last = range.getLastRow();
  const timeZone = ss.getSpreadsheetTimeZone();
  const run = withDocumentLock(() => {
    const payouts = readPayouts(ss, timeZone);
    if (payouts.problem) return { written: [] as string[], problems: [payouts.problem] };
    const chosen = payouts.records.filter((r) => r.row >= first && r.row <= last);
    if (chosen.length === 0 || chosen.length > MAX_STATEMENTS)
      return { written: [], problems: [SELECT_FIRST] };
    const results = readResultTotals(ss, timeZone);
    if (results.problem) return { written: [], problems: [results.problem] };
    const sales = salesByMonth(results.rows);
    const written = Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
    const names: string[] = [];
    const problems: string[] = [];
    for (const record of chosen) {
      const id = String(record.cells.id ?? '').trim();
      const m = String(record.cells.month ?? '').trim();
      if (id === '' || statementSheetName(id, m).length > MAX_SHEET_NAME) {
        problems.push(`row ${record.row}: its Partnership ID is blank or too long for a sheet name`);
        continue;
      }
      const doc = statementDocument(record, sales.get(salesKey(id, m)), { written });
      const result = writeStatementSheet(ss, id, m, doc, timeZone);
      if (result.problem) problems.push(`row ${record.row}: ${result.problem}`);
      else names.push(result.name);
    }
    return { written: names, problems };
  }, 10000);
  if (!run.ran) {
    ui.alert('No statements written', `${BUSY}.`, ui.ButtonSet.OK);
    return;
  }
  const { written, problems } = run.value;
  if (written.length)
    ss.toast(`${quantity(written.length, 'statement')} written: ${listFirst(written, 3)}.`, TOAST_TITLE, 10);
  if (problems.length)
    ui.alert(
      written.length ? 'Some statements were not written' : 'No statements written',
      problems.join('\n'),
      ui.ButtonSet.OK,
    );
}
