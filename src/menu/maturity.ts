/**
 * "Assess program maturity": read the Pipeline, the Actuals sheet and the forecast's records once
 * each, assess with the core, and write the Maturity sheet in one setValues under the document
 * lock. Re-running rewrites the same block in place; no other sheet is touched.
 */
import { parseActuals } from '../core/forecast/plan';
import { mapColumns, PIPELINE_SHEET } from '../core/lifecycle/pipeline';
import { assessMaturity } from '../core/maturity/maturity';
import { MATURITY_HEIGHT, MATURITY_SHEET, MATURITY_WIDTH, maturitySheetValues } from '../core/maturity/sheet';
import { BUSY_TOAST, listFirst, TOAST_TITLE } from '../core/messages';
import { asCellText } from '../sheets/cells';
import { withDocumentLock } from '../sheets/lock';
import { sheetValues } from '../sheets/sheet-values';
import { ACTUALS_SHEET, LAST_RUN } from './forecast';
import { SCHEDULED_BY } from './schedule';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Valid rows of actuals (one per month, as the forecast reads them); undefined without an Actuals
 * sheet. Rows are counted, not months compared, so the month a date falls in does not matter here
 * and the run needs no time-zone lookup: one round trip fewer.
 */
function actualRows(ss: Spreadsheet): number | undefined {
  const sheet = ss.getSheetByName(ACTUALS_SHEET);
  if (!sheet) return undefined;
  const utcMonth = (date: Date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 });
  return parseActuals(sheetValues(sheet), utcMonth).actuals.length;
}

export function assessProgramMaturity(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const pipeline = ss.getSheetByName(PIPELINE_SHEET);
  if (!pipeline) {
    ss.toast('There is no Pipeline sheet yet: run Set up workbook first.', TOAST_TITLE, 10);
    return;
  }
  const values = sheetValues(pipeline);
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const assessment = assessMaturity({
    rows: values.slice(1),
    map: mapColumns(values[0] ?? []),
    now: Date.now(),
    // The record the schedule keeps in the document: another editor's trigger is invisible here.
    forecast: { scheduled: Boolean(properties[SCHEDULED_BY]), everRun: Boolean(properties[LAST_RUN]) },
    actualRows: actualRows(ss),
  });
  // Producer names can appear in figures: written as text, never as a formula.
  const block = maturitySheetValues(assessment, new Date()).map((row) => row.map(asCellText));
  const written = withDocumentLock(() => {
    const sheet = ss.getSheetByName(MATURITY_SHEET) ?? ss.insertSheet(MATURITY_SHEET);
    sheet.getRange(1, 1, MATURITY_HEIGHT, MATURITY_WIDTH).setValues(block);
  });
  if (!written.ran) {
    ss.toast(BUSY_TOAST, TOAST_TITLE, 10);
    return;
  }
  ss.toast(
    assessment.rated
      ? `Program maturity: ${assessment.overall}${assessment.heldBackBy.length ? `, held back by ${listFirst(assessment.heldBackBy, 3)}` : ''}. See the Maturity sheet.`
      : assessment.message,
    TOAST_TITLE,
    10,
  );
}
