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
