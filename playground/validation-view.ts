// The Sheets side of cell widgets: a sheet's data validation rules read once per block and turned into
// what the page draws (dropdowns, checkboxes), the warnings Sheets marks on invalid cells, and the
// entries a "Reject the input" rule refuses before anything is written.
import { enteredText, type RuleFacts, verdict, widgetFor } from './cell-widgets';
import type { CellWidget } from './protocol';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A rule as plain facts; a range's list is its non-blank display values, in order. */
export function ruleFacts(rule: Rule): RuleFacts {
  const criteria = String(rule.getCriteriaType());
  const values = rule.getCriteriaValues();
  const allowInvalid = rule.getAllowInvalid();
  if (criteria === 'VALUE_IN_LIST') {
    const items = Array.isArray(values[0]) ? values[0].map((v) => String(v ?? '')) : [];
    return { criteria, items, showDropdown: values[1] !== false, allowInvalid };
  }
  if (criteria === 'VALUE_IN_RANGE') {
    const range = values[0] as GoogleAppsScript.Spreadsheet.Range | null;
    const items = range
      ? range
          .getDisplayValues()
          .flat()
          .filter((v) => v !== '')
      : [];
    return { criteria, items, showDropdown: values[1] !== false, allowInvalid };
  }
  if (criteria === 'CHECKBOX') {
    return { criteria, checkedValue: values[0], uncheckedValue: values[1], allowInvalid };
  }
  return { criteria, allowInvalid };
}

export interface SheetWidgets {
  widgets: CellWidget[];
  widgetCells: Record<string, number>;
  /** 'row,col' -> why the cell is marked invalid (Sheets' warning triangle). */
  warnings: Map<string, string>;
}

/** Widgets and warnings of a block read from row 1, column 1 (rules and display text of the same size). */
export function sheetWidgets(rules: (Rule | null)[][], display: string[][]): SheetWidgets {
  const widgets: CellWidget[] = [];
  const widgetCells: Record<string, number> = {};
  const warnings = new Map<string, string>();
  // A rule set on a range is one object in every cell: read each once, and send each widget once.
  const seen = new Map<Rule, { facts: RuleFacts; index: number }>();
  const indexByWidget = new Map<string, number>();
  rules.forEach((row, r) => {
    row.forEach((rule, c) => {
      if (!rule) return;
      let known = seen.get(rule);
      if (!known) {
        const facts = ruleFacts(rule);
        const widget = widgetFor(facts);
        let index = -1;
        if (widget) {
          const key = JSON.stringify(widget);
          index = indexByWidget.get(key) ?? widgets.push(widget) - 1;
          indexByWidget.set(key, index);
        }
        known = { facts, index };
        seen.set(rule, known);
      }
      const key = `${r},${c}`;
      if (known.index >= 0) widgetCells[key] = known.index;
      const text = display[r]?.[c] ?? '';
      const check = verdict(known.facts, text);
      if (!check.valid) warnings.set(key, `Invalid: ${check.message}`);
    });
  });
  return { widgets, widgetCells, warnings };
}

/**
 * Why Sheets refuses a person's entry into a block at (row, col), 1-based: the first cell whose rule
 * rejects invalid input ("Reject the input") and whose entry fails it; '' when all may be written.
 * Formulas are not checked (their result is what Sheets would check).
 */
export function rejection(sheet: Sheet, row: number, col: number, typed: string[][]): string {
  const width = Math.max(...typed.map((r) => r.length));
  const rows = Math.min(typed.length, sheet.getMaxRows() - row + 1);
  const cols = Math.min(width, sheet.getMaxColumns() - col + 1);
  if (rows < 1 || cols < 1) return '';
  const rules = sheet.getRange(row, col, rows, cols).getDataValidations();
  const facts = new Map<Rule, RuleFacts>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const rule = rules[r][c];
      const text = typed[r][c] ?? '';
      if (!rule || text.startsWith('=')) continue;
      if (!facts.has(rule)) facts.set(rule, ruleFacts(rule));
      const check = verdict(facts.get(rule)!, enteredText(text));
      if (!check.valid && check.reject) {
        const cell = sheet.getRange(row + r, col + c).getA1Notation();
        return `There was a problem with ${cell}: ${check.message}`;
      }
    }
  }
  return '';
}
