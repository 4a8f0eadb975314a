// Conditional format rules with text criteria (what the add-on puts on Status): shown on the page;
// "text contains" rules are also kept in the .xlsx as Excel's own, which Google Sheets imports as
// conditional formatting (exceljs writes no other text rule). Other criteria are neither shown nor saved.
import type ExcelJS from 'exceljs';

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

/** CSS per cell ('row,col', 0-based) of the first text rule that applies to it, as Sheets paints it. */
export function ruleStyles(sheet: Sheet, display: string[][]): Map<string, string> {
  const styles = new Map<string, string>();
  for (const rule of sheet.getConditionalFormatRules()) {
    const test = textRule(rule);
    const condition = rule.getBooleanCondition();
    if (!test || !condition) continue;
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
      const bottom = Math.min(display.length, top + range.getNumRows());
      const right = left + range.getNumColumns();
      for (let r = top; r < bottom; r++) {
        for (let c = left; c < Math.min(right, display[r].length); c++) {
          const key = `${r},${c}`;
          if (!styles.has(key) && matches(test.operator, display[r][c], test.text))
            styles.set(key, css.join(';'));
        }
      }
    }
  }
  return styles;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** Writes the sheet's text rules into the worksheet. */
export function saveTextRules(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  let priority = 0;
  for (const rule of sheet.getConditionalFormatRules()) {
    const test = textRule(rule);
    const condition = rule.getBooleanCondition();
    // exceljs writes only "contains" among the text rules.
    if (test?.operator !== 'containsText' || !condition) continue;
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
    ws.addConditionalFormatting({
      ref: rule
        .getRanges()
        .map((r) => r.getA1Notation())
        .join(' '),
      rules: [
        { type: 'containsText', operator: 'containsText', text: test.text, priority: ++priority, style },
      ],
    });
  }
}

/** Reads the worksheet's text rules back as the sheet's conditional format rules. */
export function loadTextRules(
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
      if (rule.type !== 'containsText' || rule.operator !== 'containsText') continue;
      // exceljs reads the rule back as its formula, NOT(ISERROR(SEARCH("text",A2))).
      const search = /^NOT\(ISERROR\(SEARCH\("((?:[^"]|"")*)",/.exec(String(rule.formulae?.[0] ?? ''));
      const text = rule.text ?? search?.[1].replace(/""/g, '"');
      if (text === undefined) continue;
      const builder = app.newConditionalFormatRule().whenTextContains(text);
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
