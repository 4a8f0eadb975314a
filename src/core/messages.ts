/**
 * What people read, in one place: the title of every toast and alert, the messages shared by the
 * menu, the validation and the sidebar, and the small helpers that keep their wording consistent
 * (plurals, "first 5 ... and N more" lists).
 */
import { PIPELINE_COLUMNS, type PipelineField } from './lifecycle/pipeline';
import { quoted, shortText } from './user-text';

/** Title of every toast and alert: the add-on's name. */
export const TOAST_TITLE = 'Producer Partnerships';

/** A run that could not get the document lock in time: it wrote nothing. A clause; callers end it. */
export const BUSY = 'Another run is busy with this spreadsheet: try again in a moment';

/** The same, as a whole sentence for a toast. */
export const BUSY_TOAST = `${BUSY}.`;

/** onEdit could not get the lock: the edited rows keep their old Status until checked again. */
export const EDIT_BUSY_TOAST =
  'Busy with another run: these rows were not checked. Use Validate all rows in a moment.';

/** The document's properties are full (500 KB): stage records were not saved, nor new IDs written. */
export const STORE_FULL =
  'The add-on could not save its stage records (the document’s 500 KB of properties are full): skipped-stage warnings may be missed. Run Validate all rows to drop the records of partnerships no longer in the Pipeline.';

/** `one` for a count of 1, `many` otherwise ("1 row", "0 rows", "2 rows"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** The count and its noun: "1 error", "3 errors". */
export function quantity(count: number, one: string, many = `${one}s`): string {
  return `${count} ${plural(count, one, many)}`;
}

/** At most `shown` items, then how many more: "2, 3, 4, 5, 6 and 7 more". */
export function listFirst(items: readonly unknown[], shown = 5): string {
  const listed = items.slice(0, shown).join(', ');
  return items.length > shown ? `${listed} and ${items.length - shown} more` : listed;
}

/** Pipeline columns by their header text, quoted: "Stage", "Disclosure". */
export function describeMissing(missing: readonly PipelineField[]): string {
  return missing.map((field) => `"${PIPELINE_COLUMNS[field]}"`).join(', ');
}

export function missingMessage(missing: readonly PipelineField[]): string {
  const n = missing.length;
  return `Pipeline is missing ${plural(n, 'column')} ${describeMissing(missing)}: add ${plural(n, 'it', 'them')} or run Set up workbook.`;
}

export function foreignStatusMessage(rows: readonly number[]): string {
  const n = rows.length;
  return `Status in ${plural(n, 'row')} ${listFirst(rows)} holds text the add-on did not write, so it was left alone: move that text to a column of your own (or clear it) to have ${plural(n, 'the row', 'those rows')} checked.`;
}

/** The sidebars: no Pipeline to read partnerships from. */
export const NO_PIPELINE = 'There is no Pipeline sheet: run Set up workbook first.';

/** The sidebars: a partnership left open in a sidebar was deleted or renumbered meanwhile. */
export function partnershipGoneMessage(id: string): string {
  return `Partnership ${id ? shortText(id) : '(none)'} is not in the Pipeline any more (deleted, or its ID changed). Pick another one.`;
}

/** A sheet with a brief's name holds something else: it is left as it is. */
export function briefSheetTakenMessage(
  sheetName: string,
  what = 'brief',
  again = 'create the brief again',
): string {
  return `A sheet named ${quoted(sheetName)} already exists and does not hold this ${what} (its cell A1 does not start with ${quoted(`${sheetName}:`)}). Nothing was written: rename that sheet, then ${again}.`;
}
