/**
 * Set up workbook's formatting of the Pipeline: dropdowns and checkboxes, number formats, and the
 * Status highlighting. Each only fills what is unset, so people's own rules and formats stay.
 */

import {
  CHECKBOX_FIELDS,
  type ColumnMap,
  EXCLUSIVITY,
  PIPELINE_COLUMNS,
  type PipelineField,
  PLATFORMS,
  STAGES,
} from '../core/lifecycle/pipeline';
import type { FormulaSeparators } from '../core/locale';
import { columnLetter } from '../sheets/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

/** [start, length] of each run of consecutive items that pass `test`. */
function runsOf<T>(items: readonly T[], test: (item: T) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= items.length; i++) {
    const inRun = i < items.length && test(items[i]);
    if (inRun && start < 0) start = i;
    if (!inRun && start >= 0) {
      runs.push([start, i - start]);
      start = -1;
    }
  }
  return runs;
}

export function setUpValidations(sheet: Sheet, map: ColumnMap): string[] {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return [];
  const changes: string[] = [];
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
    // Cells that already have a rule keep it untouched (people may have their own lists, and a
    // dropdown's chip style cannot be read back, so rewriting a rule would lose it). The rest get
    // ours, including rows added since the last run: one read, then one write per run of cells
    // without a rule (one run for a new sheet).
    const column = map[field]! + 1;
    const existing = sheet.getRange(2, column, rows, 1).getDataValidations();
    const unset = existing.filter(([validation]) => validation === null).length;
    if (unset === 0) continue;
    const ours = rule();
    for (const [start, length] of runsOf(existing, ([validation]) => validation === null)) {
      sheet.getRange(2 + start, column, length, 1).setDataValidation(ours);
    }
    const what = CHECKBOX_FIELDS.includes(field) ? 'checkboxes' : 'a dropdown';
    changes.push(
      `added ${what} to ${PIPELINE_COLUMNS[field]}${unset < rows ? ` (${unset} cells without one)` : ''}`,
    );
  }
  return changes;
}

export function setUpFormats(sheet: Sheet, map: ColumnMap): string[] {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return [];
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
  return formatted.length ? [`formatted ${formatted.join(', ')}`] : [];
}

/** The add-on's two highlighting rules: Status lines that the add-on writes with errors, or warnings only. */
const HIGHLIGHTS = [
  { pattern: '^\\d+ errors?', color: '#f4c7c3' },
  { pattern: '^\\d+ warnings?:', color: '#fce8b2' },
] as const;

/** `=REGEXMATCH($AA2, "^\d+ errors?")`, with the locale's argument separator. */
function highlightFormula(statusColumn: string, pattern: string, separators: FormulaSeparators): string {
  return `=REGEXMATCH($${statusColumn}2${separators.argument} "${pattern}")`;
}

/**
 * Whether a rule is one of the add-on's: a custom formula of the shape only the add-on writes, read
 * with spaces, case, "$" and the separator ignored (Sheets may normalise formula text, and the Status
 * column may have moved). Rules from before formulas (text contains " error" / " warning", in our two
 * colours) are recognised too, so they are replaced rather than doubled.
 */
function isOurHighlight(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const value = String(condition.getCriteriaValues()[0] ?? '');
  if (String(condition.getCriteriaType()) === 'CUSTOM_FORMULA') {
    const key = value.replace(/\s+/g, '').replace(/\$/g, '').replace(/;/g, ',').toUpperCase();
    const column = /^=REGEXMATCH\(([A-Z]+)2,/.exec(key)?.[1];
    return (
      column !== undefined &&
      HIGHLIGHTS.some(
        ({ pattern }) => key === `=REGEXMATCH(${column}2,"${pattern.replace(/\s+/g, '').toUpperCase()}")`,
      )
    );
  }
  const legacy = value.trim().toLowerCase();
  const color = String(condition.getBackground() ?? '').toLowerCase();
  return (
    (legacy === 'error' && color === HIGHLIGHTS[0].color) ||
    (legacy === 'warning' && color === HIGHLIGHTS[1].color)
  );
}

/**
 * Highlighting by conditional format rules on Status: removable, and the user's own formats stay.
 * Our two rules are recognised by their formula (see isOurHighlight) and stretched to the whole
 * column when rows were added; a second Set up adds nothing.
 */
export function setUpStatusHighlighting(
  sheet: Sheet,
  map: ColumnMap,
  separators: FormulaSeparators,
): string[] {
  const rules = sheet.getConditionalFormatRules();
  const status = sheet.getRange(2, map.status! + 1, sheet.getMaxRows() - 1, 1);
  const letter = columnLetter(map.status! + 1);
  const ours = rules.filter(isOurHighlight);
  const current = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    String(rule.getBooleanCondition()?.getCriteriaType()) === 'CUSTOM_FORMULA' &&
    rule.getRanges().some((range) => range.getA1Notation() === status.getA1Notation());
  if (ours.length === 2 && ours.every(current)) return [];
  const rule = (pattern: string, color: string) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(highlightFormula(letter, pattern, separators))
      .setBackground(color)
      .setRanges([status])
      .build();
  sheet.setConditionalFormatRules([
    ...rules.filter((r) => !isOurHighlight(r)),
    ...HIGHLIGHTS.map(({ pattern, color }) => rule(pattern, color)),
  ]);
  return [
    ours.length
      ? 'extended the Status highlighting to every row'
      : 'highlighted errors and warnings in Status',
  ];
}
