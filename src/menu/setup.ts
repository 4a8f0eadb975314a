/**
 * "Set up workbook": creates or repairs the Pipeline and Assumptions sheets. It only adds what is
 * missing (headers, formulas, dropdowns, checkboxes, formats, highlighting), never overwrites a
 * value, and a second run changes nothing.
 */

import {
  type ColumnMap,
  mapColumns,
  PIPELINE_COLUMNS,
  PIPELINE_FIELDS,
  PIPELINE_SHEET,
  type PipelineField,
} from '../core/lifecycle/pipeline';
import { isAddonStatus, nextIdAfter } from '../core/lifecycle/validate-rows';
import { type FormulaSeparators, formulaSeparatorsOf } from '../core/locale';
import { BUSY_TOAST, foreignStatusMessage, listFirst, TOAST_TITLE } from '../core/messages';
import { isBlank } from '../core/values';
import { columnLetter } from '../sheets/cells';
import { spreadsheetLocale } from '../sheets/locale';
import { withDocumentLock } from '../sheets/lock';
import { loadPipelineState, saveNextId } from '../sheets/state';
import { setUpAssumptions } from './setup-assumptions';
import { setUpFormats, setUpStatusHighlighting, setUpValidations } from './setup-formatting';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Columns whose header cell holds the formula that fills the column, out of reach of sorting. */
function headerFormula(
  field: PipelineField,
  map: ColumnMap,
  separators: FormulaSeparators,
): string | undefined {
  const range = (f: PipelineField) => {
    const letter = columnLetter(map[f]! + 1);
    return `${letter}2:${letter}`;
  };
  const has = (...fields: PipelineField[]) => fields.every((f) => map[f] !== undefined);
  if (field === 'score' && has('relevance', 'resonance', 'reliability')) {
    const args = [range('relevance'), range('resonance'), range('reliability')];
    return `={"Score"; PRODUCER_SCORE(${args.join(`${separators.argument} `)})}`;
  }
  if (field === 'payout' && has('baseFee', 'commission', 'attributedSales')) {
    const args = [range('baseFee'), range('commission'), range('attributedSales')];
    return `={"Payout"; HYBRID_PAYOUT(${args.join(`${separators.argument} `)})}`;
  }
  return undefined;
}

/** Header text of a cell, reading our own `={"Score"; ...}` formulas by their literal. */
function headerText(value: unknown, formula: string): unknown {
  const literal = /^=\s*\{\s*"([^"]*)"\s*;/.exec(formula);
  return literal ? literal[1] : value;
}

function readPipelineHeader(sheet: Sheet): { map: ColumnMap; formulas: string[]; width: number } {
  const width = Math.max(1, sheet.getLastColumn());
  const range = sheet.getRange(1, 1, 1, width);
  const values = range.getValues()[0];
  const formulas = range.getFormulas()[0];
  const map = mapColumns(values.map((value, index) => headerText(value, formulas[index])));
  const empty = values.every((v, i) => v === '' && formulas[i] === '');
  return { map, formulas, width: empty ? 0 : width };
}

function ensureColumns(sheet: Sheet, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

/** Each step returns what it changed, in words for the toast; nothing changed is an empty list. */
function setUpPipeline(ss: Spreadsheet): string[] {
  const changes: string[] = [];
  let sheet = ss.getSheetByName(PIPELINE_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(PIPELINE_SHEET);
    changes.push('created the Pipeline sheet');
  }
  const header = readPipelineHeader(sheet);
  const missing = PIPELINE_FIELDS.filter((field) => header.map[field] === undefined);
  const map: ColumnMap = { ...header.map };
  if (missing.length) {
    // New headers go after the last used column, so no existing cell is overwritten.
    const start = header.width + 1;
    ensureColumns(sheet, start + missing.length - 1);
    const cells = sheet.getRange(1, start, 1, missing.length);
    cells.setValues([missing.map((field) => PIPELINE_COLUMNS[field])]);
    cells.setFontWeight('bold');
    missing.forEach((field, i) => {
      map[field] = start - 1 + i;
    });
    changes.push(
      `added ${missing.length === PIPELINE_FIELDS.length ? 'the Pipeline headers' : `columns ${missing.map((f) => PIPELINE_COLUMNS[f]).join(', ')}`}`,
    );
  }
  // A trimmed sheet with only its header row has no room for partnerships.
  if (sheet.getMaxRows() < 2) {
    sheet.insertRowsAfter(sheet.getMaxRows(), 999);
    changes.push('added rows below the header');
  }
  if (sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    changes.push('froze the header row');
  }
  const lastRow = sheet.getLastRow();
  const added = new Set(missing);
  raiseIdCounter(sheet, map, lastRow);
  return [
    ...changes,
    ...noticeForeignStatus(sheet, map, lastRow, added),
    ...setUpFormulaColumns(sheet, map, lastRow, added),
    ...setUpValidations(sheet, map),
    ...setUpFormats(sheet, map),
    ...setUpStatusHighlighting(sheet, map, formulaSeparatorsOf(spreadsheetLocale())),
  ];
}

/** The values of one column (0-based) below the header, down to the last used row. */
function dataColumn(sheet: Sheet, column: number, lastRow: number): unknown[] {
  if (lastRow < 2) return [];
  return sheet
    .getRange(2, column + 1, lastRow - 1, 1)
    .getValues()
    .map(([value]) => value);
}

/** An imported tracker's own Status text is kept, and people are told why those rows stay unchecked. */
function noticeForeignStatus(
  sheet: Sheet,
  map: ColumnMap,
  lastRow: number,
  added: Set<PipelineField>,
): string[] {
  if (added.has('status')) return [];
  const statuses = dataColumn(sheet, map.status!, lastRow);
  const foreign = statuses.flatMap((value, i) => (!isBlank(value) && !isAddonStatus(value) ? [i + 2] : []));
  return foreign.length ? [`left your own text in Status alone (${foreignStatusMessage(foreign)})`] : [];
}

/** IDs already in the sheet (an imported tracker) are never handed out again. */
function raiseIdCounter(sheet: Sheet, map: ColumnMap, lastRow: number): void {
  if (map.id === undefined || lastRow < 2) return;
  const state = loadPipelineState();
  const next = nextIdAfter(state.nextId, dataColumn(sheet, map.id, lastRow));
  if (next !== state.nextId) saveNextId(next);
}

/** Score and Payout formulas, only where the header is ours and the cells below are empty. */
function setUpFormulaColumns(
  sheet: Sheet,
  map: ColumnMap,
  lastRow: number,
  added: Set<PipelineField>,
): string[] {
  const changes: string[] = [];
  // Sheets parses formula text in the spreadsheet's locale: "," between arguments fails in de_DE.
  let locale: string | undefined;
  for (const field of ['score', 'payout'] as const) {
    const column = map[field]!;
    locale = locale ?? spreadsheetLocale();
    const formula = headerFormula(field, map, formulaSeparatorsOf(locale));
    if (!formula) continue;
    const headerCell = sheet.getRange(1, column + 1);
    const below = dataColumn(sheet, column, lastRow);
    if (!added.has(field) && headerCell.getFormula() !== '') {
      // Our formula is there; a value typed into its column blocks it (#REF!), which blanks the column.
      const shown = headerCell.getValue();
      const typed = below.flatMap((v, i) => (v !== '' ? [i + 2] : []));
      if (typeof shown === 'string' && shown.startsWith('#') && typed.length) {
        changes.push(
          `${PIPELINE_COLUMNS[field]} shows ${shown}: clear what was typed below its header (rows ${listFirst(typed)}) so its formula can fill the column`,
        );
      }
      continue;
    }
    if (below.some((v) => v !== '')) {
      changes.push(`left ${PIPELINE_COLUMNS[field]} as it is (its cells hold values)`);
      continue;
    }
    headerCell.setFormula(formula);
    // Read back once: a formula Sheets cannot parse shows #ERROR!, and Set up must not claim success.
    const shown = headerCell.getValue();
    if (typeof shown === 'string' && shown.startsWith('#ERROR!')) {
      changes.push(
        `the ${PIPELINE_COLUMNS[field]} formula shows ${shown} (Sheets could not read it in this spreadsheet's locale, ${locale}): type it by hand in ${columnLetter(column + 1)}1 as ${formula}`,
      );
    } else changes.push(`added the ${PIPELINE_COLUMNS[field]} formula`);
  }
  return changes;
}

export function setUpWorkbook(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = withDocumentLock(() => [...setUpPipeline(ss), ...setUpAssumptions(ss)], 10000);
  if (!outcome.ran) {
    ss.toast(BUSY_TOAST, TOAST_TITLE, 10);
    return;
  }
  const changes = outcome.value;
  ss.toast(
    changes.length ? `Set up: ${changes.join('; ')}.` : 'The workbook is already set up: nothing changed.',
    TOAST_TITLE,
    10,
  );
}
