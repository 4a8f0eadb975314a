/**
 * "Run monthly forecast", from the menu or the monthly schedule: read Assumptions, Pipeline, Actuals and Results once each,
 * plan with the core, write the Forecast sheet with one setValues and one setNumberFormats, and keep
 * one chart. Touches no other sheet.
 */
import { ASSUMPTIONS_SHEET } from '../core/forecast/assumptions';
import { parseActuals, parseAssumptions, planForecast, summarisePipeline } from '../core/forecast/plan';
import { FORECAST_SHEET, type ForecastReport, forecastReport, REPORT_WIDTH } from '../core/forecast/report';
import { actualsFromResults, mergeActuals } from '../core/forecast/results-actuals';
import { mapColumns, missingColumns, PIPELINE_SHEET, type PipelineField } from '../core/lifecycle/pipeline';
import { BUSY, describeMissing, quantity, TOAST_TITLE } from '../core/messages';
import { asCellText } from '../sheets/cells';
import { withDocumentLock } from '../sheets/lock';
import { readResults } from '../sheets/results-read';
import { sheetValues } from '../sheets/sheet-values';
import { dateToYearMonth, firstOfMonth } from '../sheets/time-zone';
import { scheduledSpreadsheet } from './scheduled-spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ACTUALS_SHEET = 'Actuals';
const REPORT_LAYOUT = 'pp.forecastLayout';
export const LAST_RUN = 'pp.forecastLastRun';
const FORECAST_CHART = 'pp.forecastChartId';
const FORECAST_FIELDS: readonly PipelineField[] = ['stage', 'baseFee', 'commission', 'attributedSales'];
/** Runs over more Pipeline rows than this tell people it is working. */
const LONG_RUN_ROWS = 5000;

type ForecastOutcome = { ok: true; message: string } | { ok: false; problems: string[] };

function readInputs(ss: Spreadsheet, timeZone: string) {
  const problems: string[] = [];
  const toYearMonth = (date: Date) => dateToYearMonth(date, timeZone);
  const assumptionsSheet = ss.getSheetByName(ASSUMPTIONS_SHEET);
  // Whole columns A:B: labels and values, whatever the sheet's size, in one read.
  const assumptionRows = assumptionsSheet ? assumptionsSheet.getRange('A:B').getValues() : [];
  if (!assumptionsSheet) problems.push('There is no Assumptions sheet: run Set up workbook first');
  const parsed = parseAssumptions(assumptionRows, toYearMonth, toYearMonth(new Date()));
  if (assumptionsSheet) problems.push(...parsed.problems);

  const pipelineSheet = ss.getSheetByName(PIPELINE_SHEET);
  const pipelineValues = pipelineSheet ? sheetValues(pipelineSheet) : [[]];
  if (!pipelineSheet) problems.push('There is no Pipeline sheet: run Set up workbook first');
  const map = mapColumns(pipelineValues[0]);
  const missing = missingColumns(map, FORECAST_FIELDS);
  if (pipelineSheet && missing.length) problems.push(`Pipeline is missing ${describeMissing(missing)}`);

  const actualsSheet = ss.getSheetByName(ACTUALS_SHEET);
  const actuals = actualsSheet ? parseActuals(sheetValues(actualsSheet), toYearMonth) : undefined;
  const results = readResults(ss);
  return { problems, assumptions: parsed.assumptions, map, rows: pipelineValues.slice(1), actuals, results };
}

/** A short fingerprint of the number formats, so an unchanged layout is not formatted again. */
function fingerprint(formats: readonly (readonly string[])[]): string {
  let hash = 5381;
  for (const row of formats) {
    for (const format of row) {
      for (let i = 0; i < format.length; i++) hash = ((hash * 33) ^ format.charCodeAt(i)) >>> 0;
      hash = ((hash * 33) ^ 124) >>> 0;
    }
  }
  return `${formats.length}:${hash.toString(36)}`;
}

/** Replaces the Forecast sheet's content and chart in place. Call under the document lock. */
function writeReport(ss: Spreadsheet, report: ForecastReport, lastRun: string): Sheet {
  const existing = ss.getSheetByName(FORECAST_SHEET);
  const sheet = existing ?? ss.insertSheet(FORECAST_SHEET);
  const properties = PropertiesService.getDocumentProperties();
  const [previousRows, previousFormats] = (properties.getProperty(REPORT_LAYOUT) ?? '0 ').split(' ');
  // Blank out what the last run wrote below this one, without a separate clear call.
  // Labels and notes may quote sheet text: written as text, never as a formula.
  const values = report.values.map((row) => row.map(asCellText));
  const formats = report.formats.slice();
  while (values.length < Number(previousRows)) {
    values.push(new Array(REPORT_WIDTH).fill(''));
    formats.push(new Array(REPORT_WIDTH).fill('General'));
  }
  const block = sheet.getRange(1, 1, values.length, REPORT_WIDTH);
  block.setValues(values);
  const layout = fingerprint(formats);
  // The monthly re-run usually has the same layout: its formats are already in place.
  if (!existing || layout !== previousFormats) block.setNumberFormats(formats);
  properties.setProperties({ [REPORT_LAYOUT]: `${report.values.length} ${layout}`, [LAST_RUN]: lastRun });
  placeChart(sheet, report, properties);
  return sheet;
}

const CHART_TITLE = 'Cumulative net by scenario';

/**
 * The add-on's chart among the sheet's charts: the one whose ID was remembered, or (for a Forecast
 * sheet made before IDs were kept) the first with our title. Other charts are people's own.
 */
function ourChart(
  charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[],
  storedId: string | null,
): GoogleAppsScript.Spreadsheet.EmbeddedChart | undefined {
  if (storedId) return charts.find((chart) => String(chart.getChartId()) === storedId);
  return charts.find((chart) => chart.getOptions().get('title') === CHART_TITLE);
}

/**
 * One line chart of cumulative net by scenario, updated in place and remembered by its ID, so a
 * chart someone else put on the Forecast sheet is never taken for it, moved or deleted.
 */
function placeChart(
  sheet: Sheet,
  report: ForecastReport,
  properties: GoogleAppsScript.Properties.Properties,
): void {
  const { row, column, numRows, numColumns } = report.chartData;
  const data = sheet.getRange(row, column, numRows, numColumns);
  const charts = sheet.getCharts();
  const storedId = properties.getProperty(FORECAST_CHART);
  const ours = ourChart(charts, storedId);
  const builder = (ours ? ours.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.LINE)
    .addRange(data)
    .setNumHeaders(1)
    .setPosition(1, REPORT_WIDTH + 2, 0, 0)
    .setOption('title', CHART_TITLE)
    .setOption('legend', { position: 'bottom' });
  if (ours) {
    sheet.updateChart(builder.build());
    if (storedId === null) properties.setProperty(FORECAST_CHART, String(ours.getChartId()));
    return;
  }
  sheet.insertChart(builder.build());
  // The new chart is the one whose ID was not there before.
  const before = new Set(charts.map((chart) => chart.getChartId()));
  const added = sheet.getCharts().find((chart) => !before.has(chart.getChartId()));
  if (added) properties.setProperty(FORECAST_CHART, String(added.getChartId()));
}

/** The forecast run shared by the menu and the monthly schedule. */
function runForecast(trigger: 'menu' | 'schedule', ss: Spreadsheet | null): ForecastOutcome {
  if (!ss) return { ok: false, problems: ['No spreadsheet is open for this run'] };
  const timeZone = ss.getSpreadsheetTimeZone();
  const inputs = readInputs(ss, timeZone);
  if (inputs.problems.length || !inputs.assumptions) return { ok: false, problems: inputs.problems };
  if (trigger === 'menu' && inputs.rows.length > LONG_RUN_ROWS) {
    ss.toast(`Forecasting from ${inputs.rows.length} Pipeline rows...`, TOAST_TITLE, 5);
  }
  const assumptions = inputs.assumptions;
  const pipeline = summarisePipeline(inputs.rows, inputs.map, 2);
  const plan = planForecast(assumptions, pipeline);
  const runAt = new Date();
  const report = forecastReport({
    plan,
    assumptions,
    pipeline,
    actuals: mergeActuals(
      inputs.actuals,
      inputs.results.present
        ? actualsFromResults(inputs.results.rows, inputs.rows, inputs.map, assumptions.hiddenCostRate)
        : undefined,
    ),
    runAt,
    trigger,
    monthDate: (ym) => firstOfMonth(ym, timeZone),
  });
  const written = withDocumentLock(() => writeReport(ss, report, `${runAt.toISOString()} ${trigger}`), 10000);
  if (!written.ran) return { ok: false, problems: [BUSY] };
  const base = plan.scenarios.find((s) => s.name === 'Base')!;
  const payback =
    base.payback === undefined
      ? `does not pay back within ${assumptions.months} months`
      : `pays back in month ${base.payback}`;
  const notes = report.notes.length ? ` ${quantity(report.notes.length, 'note')} on the sheet.` : '';
  return {
    ok: true,
    message: `Forecast updated: ${quantity(plan.partnerships[0], 'partnership')} in month 1; the base case ${payback}.${notes}`,
  };
}

export function runFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = runForecast('menu', ss);
  if (outcome.ok) {
    ss.toast(outcome.message, TOAST_TITLE, 10);
    return;
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert('The forecast was not run', outcome.problems.map((p) => `• ${p}.`).join('\n'), ui.ButtonSet.OK);
}

/**
 * The time-driven run, for the spreadsheet its trigger was made in. A failure throws, so Apps Script
 * notifies the trigger's owner by email.
 */
export function runScheduled(triggerUid: string | undefined): void {
  let ss: Spreadsheet;
  try {
    ss = scheduledSpreadsheet(triggerUid);
  } catch (error) {
    throw new Error(`Monthly forecast not run: ${(error as Error).message}.`);
  }
  const outcome = runForecast('schedule', ss);
  if (!outcome.ok) throw new Error(`Monthly forecast not run: ${outcome.problems.join('; ')}.`);
}
