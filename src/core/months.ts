/**
 * Calendar months without time zones. A date from a sheet is a midnight in the spreadsheet's
 * time zone, so adapters convert it to a YearMonth with that zone before the core sees it.
 */
import { CallError, describeValue, isBlank, isDate } from './values';

export interface YearMonth {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
}

export function addMonths(start: YearMonth, count: number): YearMonth {
  const index = start.year * 12 + (start.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function formatYearMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

const ISO_MONTH = /^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$/;

const THIS_MONTH = 'this month';

/** The earliest year a month may be typed with. */
export const MIN_YEAR = 1900;

/**
 * A start month from a cell: a date (read in the spreadsheet's zone by `dateToYearMonth`) or ISO
 * text "2026-01" / "2026-01-15"; where `thisMonth` is given, also the text "this month", so a
 * scheduled forecast moves with the calendar. Anything else is named in the error.
 */
export function parseStartMonth(
  value: unknown,
  dateToYearMonth: (date: Date) => YearMonth,
  name = 'start_month',
  thisMonth?: YearMonth,
): YearMonth | undefined {
  if (isBlank(value)) return undefined;
  if (isDate(value)) return dateToYearMonth(value);
  if (typeof value === 'string') {
    if (thisMonth && value.trim().toLowerCase() === THIS_MONTH) return thisMonth;
    const match = ISO_MONTH.exec(value);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      // JavaScript reads years 0 to 99 as 1900 to 1999, so "0050-06" would land in 1950: refused.
      if (year < MIN_YEAR)
        throw new CallError(`${name} must be in ${MIN_YEAR} or later (got ${describeValue(value)})`);
      if (month >= 1 && month <= 12) return { year, month };
    }
  }
  const forms = thisMonth ? `a date, text like 2026-01, or "${THIS_MONTH}"` : 'a date or text like 2026-01';
  throw new CallError(`${name} must be ${forms} (got ${describeValue(value)})`);
}
