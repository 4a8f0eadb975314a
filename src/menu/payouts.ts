/**
 * "Prepare payouts…": asks for a month, then, under the document lock, reads the Pipeline, the
 * Results, the partnerships' brief sheets and the Payouts sheet once each, plans with the core
 * (src/core/payout/payouts.ts) and writes only the Payouts cells that change.
 */

import { mapColumns, missingColumns, PIPELINE_SHEET, type PipelineField } from '../core/lifecycle/pipeline';
import { BUSY, listFirst, missingMessage, quantity, TOAST_TITLE } from '../core/messages';
import { formatYearMonth } from '../core/months';
import { lastFullMonth, parsePayoutMonth, salesByMonth, salesKey } from '../core/payout/month-sales';
import { inScope, type PayoutPartnership, type PayoutPlan, planPayouts } from '../core/payout/payouts';
import { type BriefCompensation, briefCompensation, dealTerms, TIER_MODE_HEADER } from '../core/payout/terms';
import { isDate, textKey } from '../core/values';
import { briefFinder } from '../sheets/brief-finder';
import { briefSheetName } from '../sheets/brief-sheet';
import { withDocumentLock } from '../sheets/lock';
import { ensurePayoutsSheet, readPayouts, writePayoutRows } from '../sheets/payouts-sheet';
import { readResultTotals } from '../sheets/results-totals';
import { sheetValues } from '../sheets/sheet-values';
import { dateToYearMonth } from '../sheets/time-zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PAYOUT_PIPELINE_FIELDS: readonly PipelineField[] = [
  'id',
  'producer',
  'stage',
  'startDate',
  'endDate',
  'baseFee',
  'commission',
];

export type PayoutOutcome =
  | { ok: true; month: string; plan: PayoutPlan; message: string }
  | { ok: false; problems: string[] };

/** The whole run for one month. Call under the document lock. */
function prepare(ss: Spreadsheet, month: string, timeZone: string): PayoutOutcome {
  const pipeline = ss.getSheetByName(PIPELINE_SHEET);
  if (!pipeline) return { ok: false, problems: ['There is no Pipeline sheet: run Set up workbook first.'] };
  const values = sheetValues(pipeline);
  const map = mapColumns(values[0] ?? []);
  const missing = missingColumns(map, PAYOUT_PIPELINE_FIELDS);
  if (missing.length) return { ok: false, problems: [missingMessage(missing)] };
  const tierMode = (values[0] ?? []).findIndex((h) => textKey(h) === textKey(TIER_MODE_HEADER));
  const payouts = readPayouts(ss, timeZone);
  if (payouts.problem) return { ok: false, problems: [payouts.problem] };

  const results = readResultTotals(ss, timeZone);
  if (results.problem) return { ok: false, problems: [results.problem] };
  const sales = salesByMonth(results.rows);
  // Many rows share a start date: one Utilities.formatDate per distinct date, not per row.
  const months = new Map<number, string>();
  const asMonth = (v: unknown) => {
    if (!isDate(v)) return undefined;
    let month = months.get(v.getTime());
    if (month === undefined) {
      month = formatYearMonth(dateToYearMonth(v, timeZone));
      months.set(v.getTime(), month);
    }
    return month;
  };
  const pipelineIds = new Set<string>();
  const inScopeRows: { index: number; id: string; row: unknown[] }[] = [];
  values.slice(1).forEach((row, index) => {
    const id = String(row[map.id!] ?? '').trim();
    if (id === '') return;
    pipelineIds.add(id);
    const facts = {
      stage: row[map.stage!],
      startMonth: asMonth(row[map.startDate!]),
      endMonth: asMonth(row[map.endDate!]),
    };
    if (inScope(facts, month, sales.has(salesKey(id, month)))) inScopeRows.push({ index, id, row });
  });
  // Columns A:B hold the brief's labels, values and tier table: one read, no size lookup first.
  // briefCompensation takes a sheet only when its A1 is this partnership's brief title.
  const compensation = (id: string, sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined) =>
    sheet ? briefCompensation(id, sheet.getRange('A:B').getValues()) : undefined;
  // Only a Brief cell that names the partnership's brief can hold the add-on's link to it: without
  // one, the Brief column's links are not read at all.
  const briefColumn = map.brief;
  const mayLink =
    briefColumn !== undefined &&
    inScopeRows.some(({ id, row }) => String(row[briefColumn] ?? '').trim() === briefSheetName(id));
  const finder = briefFinder(ss, pipeline, mayLink ? briefColumn : undefined, values.length - 1);
  const briefs = new Map<string, BriefCompensation | undefined>();
  const unlinked: string[] = [];
  for (const { index, id } of inScopeRows) {
    const brief = compensation(id, finder.linked(index));
    if (brief) briefs.set(id, brief);
    else unlinked.push(id);
  }
  if (unlinked.length) finder.useNamesFor(unlinked.length);
  for (const id of unlinked) briefs.set(id, compensation(id, finder.named(id)));
  const partnerships: PayoutPartnership[] = [];
  for (const { id, row } of inScopeRows) {
    const brief = briefs.get(id);
    const { terms, problem, notes } = dealTerms(
      {
        baseFee: row[map.baseFee!],
        commission: row[map.commission!],
        tierMode: tierMode >= 0 ? row[tierMode] : undefined,
      },
      brief,
    );
    partnerships.push({ id, producer: row[map.producer!], terms, termsProblem: problem, termsNotes: notes });
  }

  const plan = planPayouts({
    month,
    partnerships,
    pipelineIds,
    sales,
    records: payouts.records,
    firstFreeRow: payouts.firstFreeRow,
  });
  if (results.skipped.length)
    plan.problems.push(
      `Results ${results.skipped.length === 1 ? 'row' : 'rows'} ${listFirst(results.skipped)} ${results.skipped.length === 1 ? 'has' : 'have'} no Partnership ID, yyyy-mm Month or known Source: not counted.`,
    );
  if (plan.writes.size > 0 || !payouts.sheet) {
    const { sheet, columns } = ensurePayoutsSheet(ss, payouts);
    writePayoutRows(sheet, columns, plan.writes, plan.wholeRows, payouts.records);
  }
  return { ok: true, month, plan, message: summary(month, plan) };
}

const money = (amount: number) =>
  amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function summary(month: string, plan: PayoutPlan): string {
  const c = plan.counts;
  const rows = c.added + c.updated + c.unchanged + c.approved + c.paid;
  const parts = [
    `Payouts for ${month}: ${quantity(rows, 'row')}, total due ${money(c.totalDue)}`,
    `${c.added} new, ${c.updated} updated, ${c.unchanged} unchanged`,
  ];
  if (c.approved || c.paid) parts.push(`${c.approved} approved and ${c.paid} paid left as they were`);
  if (c.clawbacks)
    parts.push(
      `${money(c.clawedBack)} of refunds after payment clawed back on ${quantity(c.clawbacks, 'row')}`,
    );
  return `${parts.join('; ')}.`;
}

/** The run for a month, without the prompt. */
export function preparePayouts(month: string, ss: Spreadsheet, timeZone: string): PayoutOutcome {
  const run = withDocumentLock(() => prepare(ss, month, timeZone), 10000);
  return run.ran ? run.value : { ok: false, problems: [`${BUSY}.`] };
}

export function preparePayoutsFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = dateToYearMonth(new Date(), timeZone);
  const fallback = lastFullMonth(today);
  const answer = ui.prompt(
    'Prepare payouts',
    `Which month? Type it as yyyy-mm, or leave it blank for ${fallback} (the last full month).`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const parsed = parsePayoutMonth(answer.getResponseText(), fallback, formatYearMonth(today));
  if ('problem' in parsed) {
    ui.alert('Payouts were not prepared', parsed.problem, ui.ButtonSet.OK);
    return;
  }
  const outcome = preparePayouts(parsed.month, ss, timeZone);
  if (!outcome.ok) {
    ui.alert('Payouts were not prepared', outcome.problems.join('\n'), ui.ButtonSet.OK);
    return;
  }
  ss.toast(outcome.message, TOAST_TITLE, 10);
  const problems = outcome.plan.problems;
  if (problems.length) {
    const shown = problems.slice(0, 10).map((p) => `• ${p}`);
    if (problems.length > 10) shown.push(`• and ${problems.length - 10} more.`);
    ui.alert(`Payouts for ${outcome.month}: please check`, shown.join('\n'), ui.ButtonSet.OK);
  }
}
