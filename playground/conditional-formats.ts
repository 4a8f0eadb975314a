// Conditional format rules: those with text criteria, and custom formulas of the shape
// =REGEXMATCH(cell, "^pattern") (what the add-on puts on Status), are shown on the page. "Text
// contains" rules are kept in the .xlsx as Excel's own rule (exceljs writes no other text rule), and
// custom formulas as Excel "expression" rules, which Google Sheets imports as custom formula rules
// (Excel and LibreOffice, without REGEXMATCH, leave those cells unpainted). Other criteria are neither
// shown nor saved.
import type ExcelJS from 'exceljs';
import { lettersToColumn } from '../emulator/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const TEXT_CRITERIA: Record<string, 'containsText' | 'notContains' | 'beginsWith' | 'endsWith'> = {
  TEXT_CONTAINS: 'containsText',
  TEXT_DOES_NOT_CONTAIN: 'notContains',
  TEXT_STARTS_WITH: 'beginsWith',
  TEXT_ENDS_WITH: 'endsWith',
};

function textRule(rule: Rule): { operator: (typeof TEXT_CRITERIA)[string]; text: string } | undefined {
  const condition = rule.getBooleanCondition();
  if (!condition) return undefined;
  const operator = TEXT_CRITERIA[String(condition.getCriteriaType())];
  const text = condition.getCriteriaValues()[0];
  return operator && typeof text === 'string' ? { operator, text } : undefined;
}

/** Sheets compares text rules without regard to case. */
function matches(operator: string, cell: string, text: string): boolean {
  const c = cell.toLowerCase();
  const t = text.toLowerCase();
  if (operator === 'containsText') return c.includes(t);
  if (operator === 'notContains') return c !== '' && !c.includes(t);
  if (operator === 'beginsWith') return c.startsWith(t);
  return c.endsWith(t);
}

const COLOR = /^#[0-9a-f]{6}$/i;

/** A custom formula =REGEXMATCH(ref, "pattern"): the reference (relative parts move with the cell) and the pattern. */
const REGEXMATCH_RULE =
  /^=\s*REGEXMATCH\(\s*(\$?)([A-Z]{1,3})(\$?)(\d{1,7})\s*[,;]\s*"((?:[^"]|"")*)"\s*\)\s*$/i;

/**
 * The RegExp of a REGEXMATCH rule, when JavaScript runs it in linear time as Sheets' RE2 does: the
 * pattern is anchored at the start and has no group, alternation, counted repetition or
 * back-reference, and at most one unbounded quantifier. Sheets' REGEXMATCH is case-sensitive
 * (https://support.google.com/docs/answer/3098292). Other patterns are not painted.
 */
function linearPattern(pattern: string): RegExp | undefined {
  if (!pattern.startsWith('^') || /[()|{}]|\\[1-9k]/.test(pattern)) return undefined;
  if ((pattern.match(/(?<!\\)[*+]/g) ?? []).length > 1) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** Whether a rule paints cell (r, c), 0-based, given the sheet's display text. */
type CellTest = (display: string[][], r: number, c: number) => boolean;

/** How a rule tests a cell, for the rules the page can paint; undefined for the others. */
function cellTest(rule: Rule, top: number, left: number): CellTest | undefined {
  const condition = rule.getBooleanCondition();
  if (!condition) return undefined;
  const text = textRule(rule);
  if (text) return (display, r, c) => matches(text.operator, display[r][c], text.text);
  if (String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA') return undefined;
  const m = REGEXMATCH_RULE.exec(String(condition.getCriteriaValues()[0] ?? ''));
  const regex = m ? linearPattern(m[5].replace(/""/g, '"')) : undefined;
  if (!m || !regex) return undefined;
  const refRow = Number(m[4]) - 1;
  const refCol = lettersToColumn(m[2].toUpperCase()) - 1;
  return (display, r, c) => {
    const row = m[3] ? refRow : refRow + (r - top);
    const col = m[1] ? refCol : refCol + (c - left);
    const value = display[row]?.[col];
    return value !== undefined && value !== '' && regex.test(value);
  };
}

/** CSS per cell ('row,col', 0-based) of the first rule that applies to it, as Sheets paints it. */
export function ruleStyles(sheet: Sheet, display: string[][]): Map<string, string> {
  const styles = new Map<string, string>();
  for (const rule of sheet.getConditionalFormatRules()) {
    const condition = rule.getBooleanCondition();
    if (!condition) continue;
    const css: string[] = [];
    const background = condition.getBackground();
    const color = condition.getFontColor();
    if (background && COLOR.test(background)) css.push(`background-color:${background}`);
    if (color && COLOR.test(color)) css.push(`color:${color}`);
    if (condition.getBold()) css.push('font-weight:bold');
    if (css.length === 0) continue;
    for (const range of rule.getRanges()) {
      const top = range.getRow() - 1;
      const left = range.getColumn() - 1;
      const test = cellTest(rule, top, left);
      if (!test) continue;
      const bottom = Math.min(display.length, top + range.getNumRows());
      const right = left + range.getNumColumns();
      for (let r = top; r < bottom; r++) {
        for (let c = left; c < Math.min(right, display[r].length); c++) {
          const key = `${r},${c}`;
          if (!styles.has(key) && test(display, r, c)) styles.set(key, css.join(';'));
        }
      }
    }
  }
  return styles;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** The Excel style of a rule's format: background, font colour, bold. */
function excelStyle(condition: GoogleAppsScript.Spreadsheet.BooleanCondition): Partial<ExcelJS.Style> {
  const background = condition.getBackground();
  const color = condition.getFontColor();
  const style: Partial<ExcelJS.Style> = {};
  if (background && COLOR.test(background)) {
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(background) } };
  }
  if ((color && COLOR.test(color)) || condition.getBold()) {
    style.font = {
      ...(color && COLOR.test(color) ? { color: { argb: argb(color) } } : {}),
      ...(condition.getBold() ? { bold: true } : {}),
    };
  }
  return style;
}

/** Writes the sheet's "text contains" and custom formula rules into the worksheet, in their order. */
export function saveConditionalFormats(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  let priority = 0;
  for (const rule of sheet.getConditionalFormatRules()) {
    const condition = rule.getBooleanCondition();
    if (!condition) continue;
    const test = textRule(rule);
    const formula = String(condition.getCriteriaValues()[0] ?? '');
    const custom = String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' && formula.startsWith('=');
    // exceljs writes only "contains" among the text rules.
    if (test?.operator !== 'containsText' && !custom) continue;
    const style = excelStyle(condition);
    ws.addConditionalFormatting({
      ref: rule
        .getRanges()
        .map((r) => r.getA1Notation())
        .join(' '),
      rules: [
        test?.operator === 'containsText'
          ? { type: 'containsText', operator: 'containsText', text: test.text, priority: ++priority, style }
          : { type: 'expression', formulae: [formula.slice(1)], priority: ++priority, style },
      ],
    });
  }
}

/** Reads the worksheet's "text contains" and expression rules back as the sheet's conditional format rules. */
export function loadConditionalFormats(
  ws: ExcelJS.Worksheet,
  sheet: Sheet,
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
): void {
  const formattings = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const rules: Rule[] = [];
  for (const formatting of formattings ?? []) {
    for (const r of formatting.rules) {
      const rule = r as {
        type: string;
        operator?: string;
        text?: string;
        formulae?: unknown[];
        style?: Partial<ExcelJS.Style>;
      };
      let builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
      if (rule.type === 'expression' && typeof rule.formulae?.[0] === 'string') {
        builder = app.newConditionalFormatRule().whenFormulaSatisfied(`=${rule.formulae[0]}`);
      } else if (rule.type === 'containsText' && rule.operator === 'containsText') {
        // exceljs reads the rule back as its formula, NOT(ISERROR(SEARCH("text",A2))).
        const search = /^NOT\(ISERROR\(SEARCH\("((?:[^"]|"")*)",/.exec(String(rule.formulae?.[0] ?? ''));
        const text = rule.text ?? search?.[1].replace(/""/g, '"');
        if (text === undefined) continue;
        builder = app.newConditionalFormatRule().whenTextContains(text);
      } else continue;
      const fill = rule.style?.fill as
        | { bgColor?: { argb?: string }; fgColor?: { argb?: string } }
        | undefined;
      const background = fill?.bgColor?.argb ?? fill?.fgColor?.argb;
      if (background?.length === 8) builder.setBackground(`#${background.slice(2).toLowerCase()}`);
      const font = rule.style?.font;
      if (font?.color?.argb?.length === 8) builder.setFontColor(`#${font.color.argb.slice(2).toLowerCase()}`);
      if (font?.bold) builder.setBold(true);
      const ranges = formatting.ref.split(/\s+/).filter(Boolean);
      rules.push(builder.setRanges(ranges.map((a1) => sheet.getRange(a1))).build());
    }
  }
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
}
