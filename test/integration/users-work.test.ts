// Users' own work is theirs: their charts on the Forecast sheet, their conditional formats and data
// validation rules on the Pipeline are never taken for the add-on's, rewritten or deleted.
import { type Addon, freshAddon } from './harness';
import { NOW, promotionRow, typeRows } from './pipeline-helpers';

function setUp(options = {}): Addon {
  const a = freshAddon({ timeZone: 'America/New_York', ...options });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  return a;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A person's own chart: a column chart of the first rows of column B. */
function insertOwnChart(a: Addon, sheet: Sheet, title: string): void {
  const charts = a.emu.globals.Charts as GoogleAppsScript.Charts.Charts;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(charts.ChartType.COLUMN)
      .addRange(sheet.getRange('B1:B5'))
      .setPosition(30, 1, 0, 0)
      .setOption('title', title)
      .build(),
  );
}

const titles = (sheet: Sheet) => sheet.getCharts().map((chart) => chart.getOptions().get('title'));

describe('charts on the Forecast sheet', () => {
  it('a chart of the user’s made before the first run is neither taken for ours nor deleted', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada')]);
    const sheet = a.emu.spreadsheet.insertSheet('Forecast');
    insertOwnChart(a, sheet, 'My chart');
    a.gas.runMonthlyForecast();
    a.gas.runMonthlyForecast();
    expect(titles(sheet)).toEqual(['My chart', 'Cumulative net by scenario']);
    const mine = sheet.getCharts()[0];
    expect(mine.getRanges()[0].getA1Notation()).toBe('B1:B5');
  });

  it('a chart added after the first run stays, and ours is updated in place by its ID', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada')]);
    a.gas.runMonthlyForecast();
    const sheet = a.emu.spreadsheet.getSheetByName('Forecast')!;
    const ourId = sheet.getCharts()[0].getChartId();
    insertOwnChart(a, sheet, 'Cumulative net by scenario'); // even with our title
    a.gas.runMonthlyForecast();
    expect(sheet.getCharts().map((chart) => chart.getChartId())).toEqual([ourId, expect.any(Number)]);
    expect(sheet.getCharts()[1].getRanges()[0].getA1Notation()).toBe('B1:B5');
  });

  it('when our chart was deleted, the next run adds one and leaves the user’s alone', () => {
    const a = setUp();
    a.gas.runMonthlyForecast();
    const sheet = a.emu.spreadsheet.getSheetByName('Forecast')!;
    sheet.removeChart(sheet.getCharts()[0]);
    insertOwnChart(a, sheet, 'Mine');
    a.gas.runMonthlyForecast();
    expect(titles(sheet)).toEqual(['Mine', 'Cumulative net by scenario']);
  });
});

describe('conditional formats on Status', () => {
  const rulesOf = (a: Addon) => a.emu.spreadsheet.getSheetByName('Pipeline')!.getConditionalFormatRules();
  const describeRule = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) => {
    const condition = rule.getBooleanCondition()!;
    return `${condition.getCriteriaType()} ${condition.getCriteriaValues()[0]} ${condition.getBackground()}`;
  };

  it('our two rules are formula rules the add-on alone writes, in the locale', () => {
    expect(rulesOf(setUp()).map(describeRule)).toEqual([
      'CUSTOM_FORMULA =REGEXMATCH($AA2, "^\\d+ errors?") #f4c7c3',
      'CUSTOM_FORMULA =REGEXMATCH($AA2, "^\\d+ warnings?:") #fce8b2',
    ]);
    expect(rulesOf(setUp({ locale: 'de_DE' })).map(describeRule)[0]).toBe(
      'CUSTOM_FORMULA =REGEXMATCH($AA2; "^\\d+ errors?") #f4c7c3',
    );
  });

  it('a second Set up adds nothing even where Sheets normalises rule text, and people’s rules stay', () => {
    const a = setUp({ trimConditionText: true });
    const sheet = a.emu.spreadsheet.getSheetByName('Pipeline')!;
    const app = a.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const mine = app
      .newConditionalFormatRule()
      .whenTextContains(' error')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('B2:B10')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), mine]);
    a.gas.setUpWorkbook();
    a.gas.setUpWorkbook();
    expect(a.emu.ui.toasts.at(-1)?.message).toBe('The workbook is already set up: nothing changed.');
    expect(rulesOf(a).map(describeRule)).toEqual([
      'CUSTOM_FORMULA =REGEXMATCH($AA2, "^\\d+ errors?") #f4c7c3',
      'CUSTOM_FORMULA =REGEXMATCH($AA2, "^\\d+ warnings?:") #fce8b2',
      'TEXT_CONTAINS error #ff0000',
    ]);
  });

  it('the text rules of earlier versions are replaced, not doubled', () => {
    const a = setUp({ trimConditionText: true });
    const sheet = a.emu.spreadsheet.getSheetByName('Pipeline')!;
    const app = a.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const status = sheet.getRange('AA2:AA1000');
    const old = (text: string, color: string) =>
      app.newConditionalFormatRule().whenTextContains(text).setBackground(color).setRanges([status]).build();
    sheet.setConditionalFormatRules([old(' error', '#f4c7c3'), old(' warning', '#fce8b2')]);
    a.gas.setUpWorkbook();
    expect(rulesOf(a).map(describeRule)).toEqual([
      'CUSTOM_FORMULA =REGEXMATCH($AA2, "^\\d+ errors?") #f4c7c3',
      'CUSTOM_FORMULA =REGEXMATCH($AA2, "^\\d+ warnings?:") #fce8b2',
    ]);
  });
});

describe('data validation', () => {
  it('rules are written only into cells without one, in runs: people’s rules and dropdown styles stay', () => {
    const a = setUp();
    const sheet = a.emu.spreadsheet.getSheetByName('Pipeline')!;
    const app = a.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    // Their own Stage list in rows 2 to 4, shown as chips; rows 6 to 8 lose any rule.
    sheet
      .getRange('J2:J4')
      .setDataValidation(app.newDataValidation().requireValueInList(['Lead', 'Won']).build());
    a.emu.user.setDropdownStyle('Pipeline', 'J2:J4', 'chip');
    sheet.getRange('J6:J8').clearDataValidations();
    a.emu.calls.reset();
    a.gas.setUpWorkbook();
    expect(a.emu.user.cell('Pipeline', 'J3').validation).toBe(
      'VALUE_IN_LIST [["Lead","Won"],true] style=chip',
    );
    expect(a.emu.user.cell('Pipeline', 'J7').validation).toMatch(/^VALUE_IN_LIST \[\["Discovery",/);
    expect(a.emu.calls.byMethod()['Range.setDataValidation']).toBe(1);
    expect(a.emu.calls.byMethod()['Range.setDataValidations']).toBeUndefined();
    expect(a.emu.ui.toasts.at(-1)?.message).toContain('added a dropdown to Stage (3 cells without one)');
  });
});
