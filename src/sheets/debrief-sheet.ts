/**
 * The debrief's sheet, "Debrief P-0001", written like the brief's (one call per property over the
 * whole block), and the Pipeline row's Debrief cell: a link to that sheet. The Debrief column is
 * optional (found by header); the first debrief adds it after the Pipeline's last column.
 */
import type { DocRow } from '../core/brief/document';
import { debriefTitlePrefix } from '../core/debrief/document';
import { OPTIONAL_COLUMNS } from '../core/lifecycle/pipeline';
import { isBlank } from '../core/values';
import { writeDocument } from './brief-sheet';
import { sheetLink } from './sheet-link';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const debriefSheetName = (id: string): string => `Debrief ${id}`;

/** `likelyNew`: the Pipeline row's Debrief cell does not name the sheet (see writeDocumentSheet). */
export function writeDebriefSheet(
  id: string,
  rows: readonly DocRow[],
  timeZone: string,
  likelyNew = false,
): Sheet {
  return writeDocument(
    debriefSheetName(id),
    debriefTitlePrefix(id),
    rows,
    timeZone,
    ['debrief', 'write the debrief again'],
    likelyNew,
  );
}

interface RowPlace {
  readonly pipeline: Sheet;
  /** 1-based sheet row of the partnership. */
  readonly sheetRow: number;
  /** 0-based Debrief column, if the Pipeline has one. */
  readonly column: number | undefined;
  /** The Pipeline's width (its data range). */
  readonly width: number;
  /** What the Debrief cell holds now. */
  readonly current: unknown;
}

/**
 * Links the row's Debrief cell to the sheet, unless it holds text of someone's own (a link to a
 * document elsewhere), which is kept. A rich text link, not a HYPERLINK formula: nothing is parsed,
 * in any locale. Returns what the message should say.
 */
export function linkDebrief(place: RowPlace, debrief: Sheet, name: string): string {
  let column = place.column;
  let added = '';
  if (column === undefined) {
    column = place.width;
    const max = place.pipeline.getMaxColumns();
    if (column + 1 > max) place.pipeline.insertColumnsAfter(max, column + 1 - max);
    place.pipeline.getRange(1, column + 1).setValue(OPTIONAL_COLUMNS.debrief);
    added = ` The Pipeline has a new column, ${OPTIONAL_COLUMNS.debrief}, after its last one.`;
  } else {
    const current = typeof place.current === 'string' ? place.current.trim() : place.current;
    if (!isBlank(current) && current !== name)
      return ' Its Debrief cell already held other text, which was kept.';
  }
  place.pipeline.getRange(place.sheetRow, column + 1).setRichTextValue(sheetLink(name, debrief));
  return ` Its Debrief cell links to the sheet.${added}`;
}
