/**
 * The lifecycle rules that read the results: a partnership being measured whose results stopped
 * coming (none for 30 days), and one at Renewal or Exit without a debrief. Warnings, since the
 * numbers may live elsewhere; given only where the spreadsheet uses them (a Results sheet, a
 * Debrief column), so a workbook that does not is never flagged for it.
 */
import { isMonthText } from '../results/results-sheet';
import { isBlank, isDate } from '../values';
import type { Stage } from './pipeline';
import type { RowCheck } from './row-check';

export const RESULTS_GAP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the rules know of a partnership's results; undefined when the spreadsheet keeps none. */
export interface ResultsContext {
  /** The latest month (yyyy-mm) with any result for this partnership, if any. */
  readonly latestMonth?: string;
}

/** Measured and renewed partnerships report results; an exited one has stopped, rightly. */
const REPORTING: readonly Stage[] = ['Measurement', 'Renewal'];
const DEBRIEFED: readonly Stage[] = ['Renewal', 'Exit'];

/** Days from the end of a yyyy-mm month (the first day of the next, UTC) to now. */
function daysAfterMonth(month: string, now: number): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return Math.floor((now - Date.UTC(year, m, 1)) / DAY_MS);
}

export function checkResults(
  check: RowCheck,
  stage: Stage,
  results: ResultsContext | undefined,
  now: number,
): void {
  if (results && REPORTING.includes(stage)) {
    const latest = results.latestMonth;
    if (latest !== undefined && isMonthText(latest)) {
      const days = daysAfterMonth(latest, now);
      if (days > RESULTS_GAP_DAYS)
        check.findings.warning(`no results since ${latest} (${days} days, over ${RESULTS_GAP_DAYS})`);
    } else {
      // None ever: counted from the start date, so a partnership just begun is not flagged.
      const start = check.row.startDate;
      const days = isDate(start) ? Math.floor((now - start.getTime()) / DAY_MS) : undefined;
      if (days === undefined || days > RESULTS_GAP_DAYS)
        check.findings.warning(`no results imported (Import results), over ${RESULTS_GAP_DAYS} days`);
    }
  }
  // The optional Debrief column, when the sheet has one.
  if ('debrief' in check.row && DEBRIEFED.includes(stage) && isBlank(check.row.debrief)) {
    check.findings.warning(`no debrief written (Write debrief) at ${stage}`);
  }
}
