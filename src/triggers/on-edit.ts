import { PIPELINE_SHEET } from '../core/lifecycle/pipeline';
import { withDocumentLock } from '../sheets/lock';
import { forgetChecklistDigests } from '../sheets/state';
import { TICKS_SHEET } from '../sheets/tick-store';
import { validateEditedRows } from '../sheets/validate';

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Simple trigger: validates the rows an edit touched on the Pipeline sheet. Edits elsewhere return
 * after two cheap calls (one more, a property, on the hidden ticks sheet); edits made by scripts do
 * not fire it (Sheets' rule).
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  // Not enabled in this document yet: an add-on may do nothing here.
  if (e.authMode === ScriptApp.AuthMode.NONE) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (name === TICKS_SHEET) {
    // Ticks typed by hand: the digests kept for edits may be wrong now (src/sheets/state.ts).
    // When the lock is busy the mark is dropped anyway: that can only make edits read ticks.
    if (!withDocumentLock(forgetChecklistDigests).ran) forgetChecklistDigests();
    return;
  }
  if (name !== PIPELINE_SHEET) return;
  // A value typed into one cell (e.value exists only for a one-cell edit, and Sheets cannot paste
  // into a Ctrl-selection) is that cell alone: no need to ask for the selection.
  const { top, count } = editedRows(e.range, e.value === undefined ? e.source : undefined);
  validateEditedRows(sheet, top, count);
}

const sameRange = (a: Range, b: Range): boolean =>
  a.getRow() === b.getRow() &&
  a.getColumn() === b.getColumn() &&
  a.getNumRows() === b.getNumRows() &&
  a.getNumColumns() === b.getNumColumns();

/**
 * The rows of every range of a Ctrl-selected paste or clear: Sheets sends one event whose e.range is
 * only one of the ranges; the active range list holds them all. They are validated as one covering
 * block, so the run costs the same few calls however many ranges were selected (the rows between
 * them are validated too, which only brings their Status up to date). The list is used only when it
 * holds e.range, i.e. it is the selection that was edited.
 */
function editedRows(range: Range, source: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined) {
  let top = range.getRow();
  let bottom = top + range.getNumRows() - 1;
  const ranges = source?.getActiveRangeList()?.getRanges() ?? [];
  if (ranges.length > 1 && ranges.some((r) => sameRange(r, range))) {
    for (const r of ranges) {
      top = Math.min(top, r.getRow());
      bottom = Math.max(bottom, r.getRow() + r.getNumRows() - 1);
    }
  }
  return { top, count: bottom - top + 1 };
}
