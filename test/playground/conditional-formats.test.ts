// Conditional format rules on the playground page and in the .xlsx: text rules and custom formulas
// =REGEXMATCH(cell, "^pattern") are painted as Sheets paints them; both kinds survive a save.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createEmulator } from '../../emulator';
import {
  loadConditionalFormats,
  ruleStyles,
  saveConditionalFormats,
} from '../../playground/conditional-formats';

function sheetWith(rows: string[][]) {
  const emu = createEmulator();
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return { emu, sheet, app: emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp };
}

const display = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getDataRange().getDisplayValues();

describe('conditional formats in the playground', () => {
  it('paints a REGEXMATCH rule with its reference moving down the range ($ keeps the column)', () => {
    const { sheet, app } = sheetWith([
      ['Status', 'Other'],
      ['2 errors: Contract not signed', '1 error'],
      ['OK', 'x'],
      ['1 warning: stale check-in', 'x'],
      ['no errors here', 'x'],
    ]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=REGEXMATCH($A2, "^\\d+ errors?")')
        .setBackground('#f4c7c3')
        .setRanges([sheet.getRange('A2:B5')])
        .build(),
    ]);
    const styles = ruleStyles(sheet, display(sheet));
    // Row 2 only: B2 is painted too, since its rule reads $A2.
    expect([...styles.keys()].sort()).toEqual(['1,0', '1,1']);
    expect(styles.get('1,0')).toBe('background-color:#f4c7c3');
  });

  it('paints nothing for a pattern JavaScript could not run in linear time, or an invalid one', () => {
    const { sheet, app } = sheetWith([['Status'], [`${'a'.repeat(5000)}!`], ['ab']]);
    const rule = (formula: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A2:A3')])
        .build();
    sheet.setConditionalFormatRules([
      rule('=REGEXMATCH(A2, "^(a+)+$")'), // nested quantifiers: catastrophic in a backtracking engine
      rule('=REGEXMATCH(A2, "^a*a*$")'), // two unbounded quantifiers
      rule('=REGEXMATCH(A2, "ab")'), // not anchored
      rule('=REGEXMATCH(A2, "^[")'), // not a pattern
      rule('=SUM(A2) > 1'), // not REGEXMATCH
    ]);
    expect(ruleStyles(sheet, display(sheet)).size).toBe(0);
  });

  it('is case-sensitive, as REGEXMATCH is', () => {
    const { sheet, app } = sheetWith([['Status'], ['2 Errors'], ['2 errors']]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=REGEXMATCH($A2; "^\\d+ errors")')
        .setBackground('#f4c7c3')
        .setRanges([sheet.getRange('A2:A3')])
        .build(),
    ]);
    expect([...ruleStyles(sheet, display(sheet)).keys()]).toEqual(['2,0']);
  });

  it('saves text rules and custom formulas as Excel rules and reads them back', async () => {
    const { sheet, app } = sheetWith([['Status'], ['x']]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextContains(' error')
        .setBackground('#f4c7c3')
        .setRanges([sheet.getRange('A2:A9')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=REGEXMATCH($A2, "^\\d+ warnings?:")')
        .setFontColor('#0000ff')
        .setBold(true)
        .setRanges([sheet.getRange('A2:A9'), sheet.getRange('C2:C3')])
        .build(),
    ]);
    const workbook = new ExcelJS.Workbook();
    saveConditionalFormats(sheet, workbook.addWorksheet('Sheet1'));
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      await workbook.xlsx.writeFile(join(dir, 'rules.xlsx'));
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(join(dir, 'rules.xlsx'));
      const target = sheetWith([['Status']]);
      loadConditionalFormats(back.getWorksheet('Sheet1')!, target.sheet, target.app);
      const summary = (s: GoogleAppsScript.Spreadsheet.Sheet) =>
        s.getConditionalFormatRules().map((r) => {
          const c = r.getBooleanCondition()!;
          return [
            r.getRanges().map((range) => range.getA1Notation()),
            String(c.getCriteriaType()),
            c.getCriteriaValues(),
            c.getBackground(),
            c.getFontColor(),
            c.getBold(),
          ];
        });
      expect(summary(target.sheet)).toEqual(summary(sheet));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
