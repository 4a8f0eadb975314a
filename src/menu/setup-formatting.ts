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
} from '../core/pipeline';

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

const ERROR_TEXT = ' error';
const WARNING_TEXT = ' warning';

/**
 * Highlighting by conditional format rules on Status: removable, and the user's own formats stay.
 * Our two rules are recognised by their text and stretched to the whole column when rows were added.
 */
export function setUpStatusHighlighting(sheet: Sheet, map: ColumnMap): string[] {
  const rules = sheet.getConditionalFormatRules();
  const isOurs = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) => {
    const text = rule.getBooleanCondition()?.getCriteriaValues()[0];
    return text === ERROR_TEXT || text === WARNING_TEXT;
  };
  const status = sheet.getRange(2, map.status! + 1, sheet.getMaxRows() - 1, 1);
  const ours = rules.filter(isOurs);
  const covers = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    rule.getRanges().some((range) => range.getA1Notation() === status.getA1Notation());
  if (ours.length === 2 && ours.every(covers)) return [];
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
  return [
    ours.length
      ? 'extended the Status highlighting to every row'
      : 'highlighted errors and warnings in Status',
  ];
}
