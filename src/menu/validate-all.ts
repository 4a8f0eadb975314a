import { pipelineSheet } from '../sheets/pipeline-sheet';
import { TOAST_TITLE, validateWholeSheet } from '../sheets/validate';

export function validateAllRows(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = pipelineSheet();
  if (!sheet) {
    ss.toast('There is no Pipeline sheet yet: run Set up workbook first.', TOAST_TITLE, 10);
    return;
  }
  const summary = validateWholeSheet(sheet);
  ss.toast(
    summary ? summary.message : 'Another run is busy with this spreadsheet: try again in a moment.',
    TOAST_TITLE,
    15,
  );
}
