import { PIPELINE_SHEET } from '../core/pipeline';
import { validateEditedRows } from '../sheets/validate';

/**
 * Simple trigger: validates the rows an edit touched on the Pipeline sheet. Edits elsewhere return
 * after two cheap calls; edits made by scripts do not fire it (Sheets' rule).
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  // Not enabled in this document yet: an add-on may do nothing here.
  if (e.authMode === ScriptApp.AuthMode.NONE) return;
  const sheet = e.range.getSheet();
  if (sheet.getName() !== PIPELINE_SHEET) return;
  validateEditedRows(sheet, e.range.getRow(), e.range.getNumRows());
}
