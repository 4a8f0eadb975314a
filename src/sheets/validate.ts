/**
 * Validation against the sheet: read a block once, validate it with the core, write the ID and
 * Status columns once each, and remember stage records. Shared by onEdit and "Validate all rows".
 */
import { producerKey } from '../core/lifecycle';
import { type ColumnMap, mapColumns, missingColumns, type PipelineField } from '../core/pipeline';
import {
  type BlockResult,
  describeMissing,
  nextIdAfter,
  overRelianceOf,
  REQUIRED_FIELDS,
  validateBlock,
} from '../core/validate-rows';
import { isBlank } from '../core/values';
import { columnLetter } from './cells';
import { withDocumentLock } from './lock';
import { readHeader, readRows, writeColumnRuns } from './pipeline-sheet';
import { loadPipelineState, type PipelineState, STORE_FULL, saveNextId, savePipelineState } from './state';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TOAST_TITLE = 'Producer Partnerships';

/** Missing rule columns, plus Status when there is nowhere to write the verdicts. */
function allMissing(map: ColumnMap): PipelineField[] {
  const missing = missingColumns(map, REQUIRED_FIELDS);
  if (map.status === undefined) missing.push('status');
  return missing;
}

export function missingMessage(missing: readonly PipelineField[]): string {
  const plural = missing.length > 1;
  return `Pipeline is missing ${plural ? 'columns' : 'column'} ${describeMissing(missing)}: add ${plural ? 'them' : 'it'} or run Set up workbook.`;
}

export function foreignStatusMessage(rows: readonly number[]): string {
  const listed = rows.slice(0, 5).join(', ') + (rows.length > 5 ? ` and ${rows.length - 5} more` : '');
  return `Status in ${rows.length > 1 ? 'rows' : 'row'} ${listed} holds text the add-on did not write, so it was left alone: move that text to a column of your own (or clear it) to have ${rows.length > 1 ? 'those rows' : 'the row'} checked.`;
}

const CELL_ERROR = /^#(REF!|ERROR!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!)/;

/**
 * Header cells showing an error: the Score and Payout formulas live in their header cells, and a
 * value typed into the column they fill blocks them (#REF!), which would silently blank the column.
 */
export function brokenHeaderMessage(header: readonly unknown[]): string | undefined {
  const broken = header.flatMap((value, i) =>
    typeof value === 'string' && CELL_ERROR.test(value) ? [`${columnLetter(i + 1)}1 shows ${value}`] : [],
  );
  if (broken.length === 0) return undefined;
  return `A formula in the Pipeline header is not working (${broken.join(', ')}): usually a value typed into the column it fills blocks it. Clear the values below that header.`;
}

/** Problems worth telling people about, at most once per ten minutes each, not on every keystroke. */
function toastOnce(sheet: Sheet, messages: readonly string[]): void {
  if (messages.length === 0) return;
  const cache = CacheService.getDocumentCache();
  const key = `pp.notice.${messages.join('|').length}.${messages.join('|').slice(0, 200)}`;
  if (cache?.get(key)) return;
  cache?.put(key, '1', 600);
  sheet.getParent().toast(messages.join(' '), TOAST_TITLE, 10);
}

/**
 * The counter is saved before any new ID reaches the sheet (if that fails, nothing is written and no
 * ID can be handed out twice); then only the cells that receive an ID are written, in runs, and the
 * Status column.
 */
function writeResult(
  sheet: Sheet,
  firstRow: number,
  result: BlockResult,
  map: ColumnMap,
  state: PipelineState,
): boolean {
  let counterSaved = true;
  if (result.nextId !== state.nextId) {
    try {
      saveNextId(result.nextId);
    } catch (error) {
      if (!/quota|too large/i.test(String((error as Error)?.message ?? error))) throw error;
      counterSaved = false;
    }
  }
  if (counterSaved && result.idsChanged && map.id !== undefined)
    writeColumnRuns(sheet, firstRow, map.id, result.ids);
  if (result.statusesChanged && map.status !== undefined) {
    writeColumnRuns(sheet, firstRow, map.status, result.statuses);
  }
  return counterSaved;
}

/** onEdit: validates exactly the rows an edit touched (the header row is not a partnership). */
export function validateEditedRows(sheet: Sheet, top: number, count: number): void {
  const outcome = withDocumentLock(() => {
    const header = readHeader(sheet);
    const first = Math.max(2, top);
    const last = top + count - 1;
    const notices = (result?: BlockResult) =>
      [
        allMissing(header.map).length ? missingMessage(allMissing(header.map)) : '',
        brokenHeaderMessage(header.row) ?? '',
        result?.foreignStatusRows.length ? foreignStatusMessage(result.foreignStatusRows) : '',
      ].filter(Boolean);
    if (last < first) return notices();
    const rows = readRows(sheet, first, last - first + 1, header.width);
    const state = loadPipelineState();
    // Pasted rows may carry IDs (copied from elsewhere): new IDs start after them.
    const idColumn = header.map.id;
    const nextId =
      idColumn === undefined
        ? state.nextId
        : nextIdAfter(
            state.nextId,
            rows.map((row) => row[idColumn]),
          );
    const result = validateBlock({
      rows,
      firstRow: first,
      map: header.map,
      now: Date.now(),
      stageRecords: state.stageRecords,
      nextId,
      overReliance: state.overReliance,
    });
    const counterSaved = writeResult(sheet, first, result, header.map, state);
    const saved = counterSaved && savePipelineState(state, { records: result.changedRecords });
    return [...notices(result), ...(saved ? [] : [STORE_FULL])];
  });
  if (!outcome.ran) {
    sheet
      .getParent()
      .toast(
        'Busy with another run: these rows were not checked. Use Validate all rows in a moment.',
        TOAST_TITLE,
        10,
      );
    return;
  }
  toastOnce(sheet, outcome.value);
}

/** Display names of producers by grouping key, for messages. */
function producerNames(
  rows: readonly (readonly unknown[])[],
  column: number | undefined,
): Map<string, string> {
  const names = new Map<string, string>();
  if (column === undefined) return names;
  for (const row of rows) {
    const value = row[column];
    if (!isBlank(value) && !names.has(producerKey(value)))
      names.set(producerKey(value), String(value).trim());
  }
  return names;
}

/** "Validate all rows": one read of the data range, one write per owned column. Undefined when busy. */
export function validateWholeSheet(
  sheet: Sheet,
): { message: string; totals: BlockResult['totals'] } | undefined {
  const outcome = withDocumentLock(() => {
    const values = sheet.getDataRange().getValues();
    const map = mapColumns(values[0] ?? []);
    const rows = values.slice(1);
    const state = loadPipelineState();
    const overReliance = overRelianceOf(rows, map);
    const idColumn = map.id;
    const nextId = nextIdAfter(state.nextId, idColumn === undefined ? [] : rows.map((row) => row[idColumn]));
    const result = validateBlock({
      rows,
      firstRow: 2,
      map,
      now: Date.now(),
      stageRecords: state.stageRecords,
      nextId,
      overReliance,
      checkDuplicates: true,
    });
    const counterSaved = writeResult(sheet, 2, result, map, state);
    // The whole sheet was read: records of IDs no longer in it are dropped.
    const saved =
      savePipelineState(state, { records: result.changedRecords, keep: result.seenIds, overReliance }) &&
      counterSaved;
    return {
      saved,
      result,
      missing: allMissing(map),
      broken: brokenHeaderMessage(values[0] ?? []),
      overReliance,
      names: producerNames(rows, map.producer),
    };
  });
  if (!outcome.ran) return undefined;
  const { result, missing, broken, overReliance, names, saved } = outcome.value;
  const { totals } = result;
  const parts = [
    `Validated ${totals.rows} ${totals.rows === 1 ? 'row' : 'rows'}: ${totals.ok} OK, ${totals.errors} with errors, ${totals.warningsOnly} with warnings only.`,
  ];
  if (missing.length) parts.push(missingMessage(missing));
  if (broken) parts.push(broken);
  if (result.foreignStatusRows.length) parts.push(foreignStatusMessage(result.foreignStatusRows));
  if (!saved) parts.push(STORE_FULL);
  for (const [key, share] of overReliance) {
    parts.push(
      `Over-reliance: ${names.get(key) ?? key} holds ${Math.round(share * 100)}% of attributed sales.`,
    );
  }
  return { message: parts.join(' '), totals };
}
