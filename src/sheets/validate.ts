/**
 * Validation against the sheet: read a block once, validate it with the core, write the ID and
 * Status columns once each, and remember stage records. Shared by onEdit and "Validate all rows".
 */

import { overRelianceOf, overRelianceOnResults } from '../core/concentration/over-reliance';
import { checklistDigest, type Ticks, ticksOfDigest } from '../core/lifecycle/checklists';
import {
  type ColumnMap,
  mapColumns,
  missingColumns,
  type PipelineField,
  parseStage,
} from '../core/lifecycle/pipeline';
import { decodeStageRecord } from '../core/lifecycle/stage-record';
import {
  type BlockResult,
  nextIdAfter,
  REQUIRED_FIELDS,
  validateBlock,
} from '../core/lifecycle/validate-rows';
import {
  EDIT_BUSY_TOAST,
  foreignStatusMessage,
  missingMessage,
  quantity,
  STORE_FULL,
  TOAST_TITLE,
} from '../core/messages';
import { totalSales } from '../core/results/monthly-results';
import { isBlank, textKey } from '../core/values';
import { columnLetter } from './cells';
import { findIdCells } from './find-id';
import { parseLayout, rememberLayout } from './layout';
import { withDocumentLock } from './lock';
import { readHeader, readRows, writeColumnRuns } from './pipeline-sheet';
import { readResults } from './results-read';
import { type LatestResults, latestResultsForEdit, rememberResults } from './results-summary';
import { sheetValues } from './sheet-values';
import { loadPipelineState, type PipelineState, saveNextId, savePipelineState } from './state';
import { pruneTickStore, readTickStore, readTicksOf } from './tick-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Missing rule columns, plus Status when there is nowhere to write the verdicts. */
function allMissing(map: ColumnMap): PipelineField[] {
  const missing = missingColumns(map, REQUIRED_FIELDS);
  if (map.status === undefined) missing.push('status');
  return missing;
}

const CELL_ERROR = /^#(REF!|ERROR!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!)/;

/**
 * Header cells showing an error: the Score and Payout formulas live in their header cells, and a
 * value typed into the column they fill blocks them (#REF!), which would silently blank the column.
 */
function brokenHeaderMessage(header: readonly unknown[]): string | undefined {
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

const NO_TICKS: Ticks = new Map();

/**
 * Ticks that stand in for the block's, made from the checklist digests kept beside the stage
 * records: only while every digest is up to date and every row is still at the stage its record
 * holds (so the same lists are passed, and the warnings come out the same); undefined otherwise,
 * and the ticks are read.
 */
function ticksFromDigests(
  state: PipelineState,
  ids: readonly string[],
  rows: readonly (readonly unknown[])[],
  map: ColumnMap,
): Map<string, Ticks> | undefined {
  const stageColumn = map.stage;
  if (!state.digestsComplete || stageColumn === undefined) return undefined;
  const ticks = new Map<string, Ticks>();
  for (let i = 0; i < rows.length; i++) {
    const id = ids[i];
    // No ID yet (it gets a new one, which has no ticks) or no stage (no checklist warning).
    const stage = parseStage(rows[i][stageColumn]);
    if (id === '' || !stage) continue;
    const digest = state.checklistDigests.get(id);
    const record = decodeStageRecord(state.stageRecords.get(id));
    const back = digest !== undefined && record?.stage === stage ? ticksOfDigest(digest) : undefined;
    if (!back) return undefined;
    ticks.set(id, back);
  }
  return ticks;
}

/** The digests of the block's IDs that differ from the kept ones, at the stage of their new records. */
function changedDigests(
  state: PipelineState,
  result: BlockResult,
  ticks: ReadonlyMap<string, Ticks>,
): Map<string, string> {
  const changed = new Map<string, string>();
  for (const id of result.seenIds) {
    const record = decodeStageRecord(result.changedRecords.get(id) ?? state.stageRecords.get(id));
    if (!record) continue;
    const digest = checklistDigest(record.stage, ticks.get(id) ?? NO_TICKS);
    if (state.checklistDigests.get(id) !== digest) changed.set(id, digest);
  }
  return changed;
}

interface Block {
  readonly rows: readonly (readonly unknown[])[];
  /** 1-based sheet row of rows[0]. */
  readonly firstRow: number;
  readonly map: ColumnMap;
}

/**
 * The path both runs share, under the document lock: the next ID (pasted rows may carry IDs, so
 * new ones start after them), validate the block, save the counter, write ID and Status, save the
 * stage records. A whole-sheet run passes the over-reliance it measured (kept for later edits),
 * checks duplicate IDs and drops the records of IDs no longer in the sheet; an edit reuses the
 * over-reliance of the last whole-sheet run. `saved` is false when the property store is full.
 * A whole-sheet run also drops the checklist ticks of IDs no longer in the sheet and keeps every
 * row's checklist digest; an edit takes its rows' warnings from their digests when it can (see
 * ticksFromDigests), else reads the ticks, unless the caller already has them (`knownTicks`, from
 * a tick just made).
 */
function validateAndSave(
  sheet: Sheet,
  block: Block,
  wholeSheet?: { overReliance: Map<string, number>; latestResults: LatestResults },
  knownTicks?: ReadonlyMap<string, Ticks>,
): { result: BlockResult; saved: boolean } {
  const { rows, firstRow, map } = block;
  const state = loadPipelineState();
  let layout = parseLayout(state.all);
  if (map.id !== undefined)
    layout = rememberLayout(layout, { pipeline: { sheetId: sheet.getSheetId(), idColumn: map.id } });
  const idColumn = map.id;
  const nextId = nextIdAfter(state.nextId, idColumn === undefined ? [] : rows.map((row) => row[idColumn]));
  const ids = idColumn === undefined ? [] : rows.map((row) => String(row[idColumn] ?? '').trim());
  const store = state.checklistsInUse && wholeSheet ? readTickStore(layout) : undefined;
  // Ticks just written apply only if the rows are still the partnerships they were written for.
  const known = knownTicks && ids.every((id) => id === '' || knownTicks.has(id)) ? knownTicks : undefined;
  // An edit that leaves the stages alone: the digests give the same warnings as the ticks would.
  const fromDigests =
    state.checklistsInUse && !wholeSheet && !known ? ticksFromDigests(state, ids, rows, map) : undefined;
  const readTicks = !state.checklistsInUse
    ? undefined
    : wholeSheet
      ? // No ticks sheet (deleted): nothing is ticked, as an edit finds too.
        (store?.byId ?? new Map<string, Ticks>())
      : (known ??
        (fromDigests
          ? undefined
          : // Checklists kept but the ticks sheet deleted: nothing is ticked, as for Validate all.
            (readTicksOf(ids, layout, (id) => findIdCells(id, layout, true)) ?? new Map<string, Ticks>())));
  const checklistTicks = fromDigests ?? readTicks;
  const result = validateBlock({
    rows,
    firstRow,
    map,
    now: Date.now(),
    stageRecords: state.stageRecords,
    nextId,
    overReliance: wholeSheet?.overReliance ?? state.overReliance,
    checkDuplicates: wholeSheet !== undefined,
    checklistTicks,
    latestResults: wholeSheet
      ? wholeSheet.latestResults
      : state.resultsInUse
        ? latestResultsForEdit(sheet.getParent())
        : undefined,
  });
  const counterSaved = writeResult(sheet, firstRow, result, map, state);
  if (store && idColumn !== undefined) pruneTickStore(store, result.seenIds);
  const saved = savePipelineState(state, {
    records: result.changedRecords,
    // Digests are kept only from ticks read (or just written), never from digests.
    digests: readTicks ? changedDigests(state, result, readTicks) : undefined,
    keep: wholeSheet ? result.seenIds : undefined,
    overReliance: wholeSheet?.overReliance,
    // A whole run read every tick (none without the sheet): every digest is now up to date.
    digestsComplete: wholeSheet && state.checklistsInUse ? true : undefined,
  });
  return { result, saved: saved && counterSaved };
}

/** onEdit: validates exactly the rows an edit touched (the header row is not a partnership). */
export function validateEditedRows(
  sheet: Sheet,
  top: number,
  count: number,
  knownTicks?: ReadonlyMap<string, Ticks>,
): void {
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
    const { result, saved } = validateAndSave(
      sheet,
      { rows, firstRow: first, map: header.map },
      undefined,
      knownTicks,
    );
    return [...notices(result), ...(saved ? [] : [STORE_FULL])];
  });
  if (!outcome.ran) {
    sheet.getParent().toast(EDIT_BUSY_TOAST, TOAST_TITLE, 10);
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
    if (!isBlank(value) && !names.has(textKey(value))) names.set(textKey(value), String(value).trim());
  }
  return names;
}

/** "Validate all rows": one read of the data range, one write per owned column. Undefined when busy. */
export function validateWholeSheet(
  sheet: Sheet,
): { message: string; totals: BlockResult['totals'] } | undefined {
  const outcome = withDocumentLock(() => {
    const values = sheetValues(sheet);
    const map = mapColumns(values[0] ?? []);
    const rows = values.slice(1);
    // Results, when it holds sales, is the record of attributed sales; else the Pipeline's column.
    const results = readResults(sheet.getParent());
    const latestResults = rememberResults(results);
    const sales = totalSales(results.rows);
    const fromResults = sales.size > 0 ? overRelianceOnResults(rows, map, sales) : undefined;
    const overReliance = fromResults?.flagged ?? overRelianceOf(rows, map);
    const { result, saved } = validateAndSave(
      sheet,
      { rows, firstRow: 2, map },
      { overReliance, latestResults },
    );
    return {
      saved,
      result,
      missing: allMissing(map),
      broken: brokenHeaderMessage(values[0] ?? []),
      overReliance,
      fromResults,
      names: producerNames(rows, map.producer),
    };
  });
  if (!outcome.ran) return undefined;
  const { result, missing, broken, overReliance, fromResults, names, saved } = outcome.value;
  const { totals } = result;
  const parts = [
    `Validated ${quantity(totals.rows, 'row')}: ${totals.ok} OK, ${totals.errors} with errors, ${totals.warningsOnly} with warnings only.`,
  ];
  if (missing.length) parts.push(missingMessage(missing));
  if (broken) parts.push(broken);
  if (result.foreignStatusRows.length) parts.push(foreignStatusMessage(result.foreignStatusRows));
  if (!saved) parts.push(STORE_FULL);
  for (const [key, share] of overReliance) {
    parts.push(
      `Over-reliance: ${names.get(key) ?? key} holds ${Math.round(share * 100)}% of attributed sales${fromResults ? ' in Results' : ''}.`,
    );
  }
  if (fromResults?.unknownIds)
    parts.push(
      `Results holds sales for ${quantity(fromResults.unknownIds, 'ID')} not in the Pipeline: left out of the shares.`,
    );
  return { message: parts.join(' '), totals };
}
