import { BUSY_TOAST, TOAST_TITLE } from '../core/messages';
import { pipelineSheet } from '../sheets/pipeline-sheet';
import { validateWholeSheet } from '../sheets/validate';

export function validateAllRows(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = pipelineSheet();
  if (!sheet) {
    ss.toast('There is no Pipeline sheet yet: run Set up workbook first.', TOAST_TITLE, 10);
    return;
  }
  const summary = validateWholeSheet(sheet);
  ss.toast(summary ? summary.message : BUSY_TOAST, TOAST_TITLE, 15);
}
