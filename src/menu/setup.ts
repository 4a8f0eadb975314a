/**
 * "Set up workbook": creates or repairs the Pipeline and Assumptions sheets. It only adds what is
 * missing (headers, formulas, dropdowns, checkboxes, formats, highlighting), never overwrites a
 * value, and a second run changes nothing.
 */
import { ASSUMPTIONS, ASSUMPTIONS_HEADER, ASSUMPTIONS_SHEET, labelKey } from '../core/assumptions';
import {
  CHECKBOX_FIELDS,
  type ColumnMap,
  EXCLUSIVITY,
  headerKey,
  PIPELINE_COLUMNS,
  PIPELINE_FIELDS,
  PIPELINE_SHEET,
  type PipelineField,
  PLATFORMS,
  STAGES,
} from '../core/pipeline';
import { isAddonStatus, nextIdAfter } from '../core/validate-rows';
import { isBlank } from '../core/values';
import { columnLetter } from '../sheets/cells';
import { withDocumentLock } from '../sheets/lock';
import { loadPipelineState, saveNextId } from '../sheets/state';
import { foreignStatusMessage, TOAST_TITLE } from '../sheets/validate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CURRENCY = '$#,##0.00';
const DATE = 'yyyy-mm-dd';

const NUMBER_FORMATS: Partial<Record<PipelineField, string>> = {
  audienceSize: '#,##0',
  relevance: '0.0',
  resonance: '0.0',
  reliability: '0.0',
  score: '0.0',
  startDate: DATE,
  endDate: DATE,
  baseFee: CURRENCY,
  commission: '0.0%',
  attributedSales: CURRENCY,
  payout: CURRENCY,
  revisionRounds: '0',
  lastCheckIn: DATE,
};

/** Formats a new sheet reports before anyone sets one. */
const DEFAULT_FORMATS = new Set(['', 'General', '0.###############']);

/** Columns whose header cell holds the formula that fills the column, out of reach of sorting. */
function headerFormula(field: PipelineField, map: ColumnMap): string | undefined {
  const range = (f: PipelineField) => {
    const letter = columnLetter(map[f]! + 1);
    return `${letter}2:${letter}`;
  };
  const has = (...fields: PipelineField[]) => fields.every((f) => map[f] !== undefined);
  if (field === 'score' && has('relevance', 'resonance', 'reliability')) {
    return `={"Score"; PRODUCER_SCORE(${range('relevance')}, ${range('resonance')}, ${range('reliability')})}`;
  }
  if (field === 'payout' && has('baseFee', 'commission', 'attributedSales')) {
    return `={"Payout"; HYBRID_PAYOUT(${range('baseFee')}, ${range('commission')}, ${range('attributedSales')})}`;
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
  const map: ColumnMap = {};
  const byKey = new Map(PIPELINE_FIELDS.map((f) => [headerKey(PIPELINE_COLUMNS[f]), f] as const));
  values.forEach((value, index) => {
    const field = byKey.get(headerKey(headerText(value, formulas[index])));
    if (field !== undefined && map[field] === undefined) map[field] = index;
  });
  const empty = values.every((v, i) => v === '' && formulas[i] === '');
  return { map, formulas, width: empty ? 0 : width };
}

function ensureColumns(sheet: Sheet, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

function setUpPipeline(ss: Spreadsheet, changes: string[]): void {
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
  noticeForeignStatus(sheet, map, lastRow, added, changes);
  setUpFormulaColumns(sheet, map, lastRow, added, changes);
  setUpValidations(sheet, map, changes);
  setUpFormats(sheet, map, changes);
  setUpStatusHighlighting(sheet, map, changes);
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
  changes: string[],
): void {
  if (added.has('status')) return;
  const statuses = dataColumn(sheet, map.status!, lastRow);
  const foreign = statuses.flatMap((value, i) => (!isBlank(value) && !isAddonStatus(value) ? [i + 2] : []));
  if (foreign.length) changes.push(`left your own text in Status alone (${foreignStatusMessage(foreign)})`);
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
  changes: string[],
): void {
  for (const field of ['score', 'payout'] as const) {
    const column = map[field]!;
    const formula = headerFormula(field, map);
    if (!formula) continue;
    const headerCell = sheet.getRange(1, column + 1);
    const below = dataColumn(sheet, column, lastRow);
    if (!added.has(field) && headerCell.getFormula() !== '') {
      // Our formula is there; a value typed into its column blocks it (#REF!), which blanks the column.
      const shown = headerCell.getValue();
      const typed = below.flatMap((v, i) => (v !== '' ? [i + 2] : []));
      if (typeof shown === 'string' && shown.startsWith('#') && typed.length) {
        const rows = typed.slice(0, 5).join(', ') + (typed.length > 5 ? ` and ${typed.length - 5} more` : '');
        changes.push(
          `${PIPELINE_COLUMNS[field]} shows ${shown}: clear what was typed below its header (rows ${rows}) so its formula can fill the column`,
        );
      }
      continue;
    }
    if (below.some((v) => v !== '')) {
      changes.push(`left ${PIPELINE_COLUMNS[field]} as it is (its cells hold values)`);
      continue;
    }
    headerCell.setFormula(formula);
    changes.push(`added the ${PIPELINE_COLUMNS[field]} formula`);
  }
}

function setUpValidations(sheet: Sheet, map: ColumnMap, changes: string[]): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const list = (values: readonly string[], help: string) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      .setAllowInvalid(true)
      .setHelpText(help)
      .build();
  const rules: Array<[PipelineField, () => GoogleAppsScript.Spreadsheet.DataValidation]> = [
    ['stage', () => list(STAGES, 'One of the eight lifecycle stages.')],
    ['platform', () => list(PLATFORMS, 'Where the producer publishes.')],
    ['exclusivity', () => list(EXCLUSIVITY, 'What the producer may not do for others.')],
    ...CHECKBOX_FIELDS.map(
      (field) =>
        [field, () => SpreadsheetApp.newDataValidation().requireCheckbox().build()] as [
          PipelineField,
          () => GoogleAppsScript.Spreadsheet.DataValidation,
        ],
    ),
  ];
  for (const [field, rule] of rules) {
    // Cells that already have a rule keep it (people may have their own lists); the rest get ours,
    // including rows added since the last run. One read and one write per column.
    const range = sheet.getRange(2, map[field]! + 1, rows, 1);
    const existing = range.getDataValidations();
    const unset = existing.filter(([validation]) => validation === null).length;
    if (unset === 0) continue;
    const ours = rule();
    range.setDataValidations(existing.map(([validation]) => [validation ?? ours]));
    const what = CHECKBOX_FIELDS.includes(field) ? 'checkboxes' : 'a dropdown';
    changes.push(
      `added ${what} to ${PIPELINE_COLUMNS[field]}${unset < rows ? ` (${unset} cells without one)` : ''}`,
    );
  }
}

function setUpFormats(sheet: Sheet, map: ColumnMap, changes: string[]): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const formatted: string[] = [];
  for (const field of Object.keys(NUMBER_FORMATS) as PipelineField[]) {
    // Only cells still at the default format: a format someone chose stays.
    const range = sheet.getRange(2, map[field]! + 1, rows, 1);
    const existing = range.getNumberFormats();
    if (!existing.some(([format]) => DEFAULT_FORMATS.has(format))) continue;
    range.setNumberFormats(
      existing.map(([format]) => [DEFAULT_FORMATS.has(format) ? NUMBER_FORMATS[field]! : format]),
    );
    formatted.push(PIPELINE_COLUMNS[field]);
  }
  if (formatted.length) changes.push(`formatted ${formatted.join(', ')}`);
}

const ERROR_TEXT = ' error';
const WARNING_TEXT = ' warning';

/**
 * Highlighting by conditional format rules on Status: removable, and the user's own formats stay.
 * Our two rules are recognised by their text and stretched to the whole column when rows were added.
 */
function setUpStatusHighlighting(sheet: Sheet, map: ColumnMap, changes: string[]): void {
  const rules = sheet.getConditionalFormatRules();
  const isOurs = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) => {
    const text = rule.getBooleanCondition()?.getCriteriaValues()[0];
    return text === ERROR_TEXT || text === WARNING_TEXT;
  };
  const status = sheet.getRange(2, map.status! + 1, sheet.getMaxRows() - 1, 1);
  const ours = rules.filter(isOurs);
  const covers = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    rule.getRanges().some((range) => range.getA1Notation() === status.getA1Notation());
  if (ours.length === 2 && ours.every(covers)) return;
  const rule = (text: string, color: string) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains(text)
      .setBackground(color)
      .setRanges([status])
      .build();
  sheet.setConditionalFormatRules([
    ...rules.filter((r) => !isOurs(r)),
    rule(ERROR_TEXT, '#f4c7c3'),
    rule(WARNING_TEXT, '#fce8b2'),
  ]);
  changes.push(
    ours.length
      ? 'extended the Status highlighting to every row'
      : 'highlighted errors and warnings in Status',
  );
}

function setUpAssumptions(ss: Spreadsheet, changes: string[]): void {
  let sheet = ss.getSheetByName(ASSUMPTIONS_SHEET);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(ASSUMPTIONS_SHEET);
  const lastRow = sheet.getLastRow();
  const labels = new Set(
    lastRow > 0
      ? sheet
          .getRange(1, 1, lastRow, 1)
          .getValues()
          .map(([label]) => labelKey(label))
      : [],
  );
  const missing = ASSUMPTIONS.filter((spec) => !labels.has(labelKey(spec.label)));
  const rows: unknown[][] = [];
  if (lastRow === 0) rows.push([...ASSUMPTIONS_HEADER]);
  for (const spec of missing) rows.push([spec.label, spec.defaultValue, spec.note]);
  if (rows.length === 0) return;
  const first = lastRow + 1;
  // A trimmed sheet may have no empty rows left to append to.
  const room = sheet.getMaxRows() - lastRow;
  if (room < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - room);
  sheet.getRange(first, 1, rows.length, 3).setValues(rows);
  const formatFrom = lastRow === 0 ? first + 1 : first;
  sheet
    .getRange(formatFrom, 2, missing.length, 1)
    .setNumberFormats(missing.map((spec) => [spec.numberFormat]));
  if (lastRow === 0) {
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  changes.push(
    created ? 'created the Assumptions sheet' : `added assumptions ${missing.map((s) => s.label).join(', ')}`,
  );
}

export function setUpWorkbook(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = withDocumentLock(() => {
    const changes: string[] = [];
    setUpPipeline(ss, changes);
    setUpAssumptions(ss, changes);
    return changes;
  }, 10000);
  if (!outcome.ran) {
    ss.toast('Another run is busy with this spreadsheet: try again in a moment.', TOAST_TITLE, 10);
    return;
  }
  const changes = outcome.value;
  ss.toast(
    changes.length ? `Set up: ${changes.join('; ')}.` : 'The workbook is already set up: nothing changed.',
    TOAST_TITLE,
    10,
  );
}
