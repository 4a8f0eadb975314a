/**
 * Cells of an export as the import reads them: months from the many ways exports write dates, and
 * numbers in the file's convention. Months are read from the text as written (the shop's or the
 * property's wall clock), never through a time zone, so "2026-11-30 23:10 -0800" stays November.
 * Scanners and anchored patterns without nested repetition: a cell may hold 50,000 characters.
 */
import type { DecimalSeparator } from '../locale';
import { parseNumericText } from '../values';

const FULL_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const two = (n: number) => String(n).padStart(2, '0');
const monthText = (year: number, month: number): string | undefined =>
  year >= 1900 && year <= 2999 && month >= 1 && month <= 12 ? `${year}-${two(month)}` : undefined;

const ISO = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:$|[T ])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})?$/;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:$|[ ,T])/;
const NAMED = /^([A-Za-z]{3,9})\.?\s(?:(\d{1,2}),?\s)?(\d{4})$/;
const MONTH_ONLY = /^(\d{1,2})$/;

/** How a date column's day/month order reads: US exports write 11/03/2026, others 03/11/2026. */
export type SlashOrder = 'month-first' | 'day-first';

/**
 * Day-first when any slashed date's first number is above 12 (it cannot be a month), else
 * month-first, as US-made exports (Shopify, YouTube Studio, TikTok) write them.
 */
export function slashOrderOf(cells: readonly string[]): SlashOrder {
  for (const cell of cells) {
    const m = SLASHED.exec(cell.trim().slice(0, 40));
    if (m && Number(m[1]) > 12) return 'day-first';
  }
  return 'month-first';
}

export type MonthRead = { month: string } | { monthNumber: number } | { problem: string };

/**
 * A cell's month as `yyyy-mm`. Reads 2026-11, 2026-11-03, 2026-11-03T10:00:00Z, Shopify's
 * "2026-11-03 14:22:10 -0500", GA4's 20261103 and 202611, "Nov 3, 2026", "November 2026",
 * 11/03/2026 (or 03/11/2026 day-first). GA4's Month dimension ("11") has no year: it comes back as
 * a month number for the caller to place with the report's date range.
 */
export function readMonth(cell: string, order: SlashOrder = 'month-first'): MonthRead {
  const text = cell.trim();
  if (text === '') return { problem: 'no date' };
  // Dates are short: the patterns only ever see the first 40 characters.
  const head = text.slice(0, 40);
  let m = ISO.exec(head);
  if (m) {
    const month = monthText(Number(m[1]), Number(m[2]));
    if (month) return { month };
  }
  m = COMPACT.exec(head);
  if (m) {
    const month = monthText(Number(m[1]), Number(m[2]));
    if (month) return { month };
  }
  m = SLASHED.exec(head);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const month = monthText(Number(m[3]), order === 'day-first' ? b : a);
    if (month) return { month };
  }
  m = NAMED.exec(head);
  if (m) {
    const name = m[1].toLowerCase();
    const index = FULL_NAMES.findIndex((full) => full === name || full.slice(0, 3) === name);
    const month =
      index >= 0 || name === 'sept' ? monthText(Number(m[3]), index >= 0 ? index + 1 : 9) : undefined;
    if (month) return { month };
  }
  m = MONTH_ONLY.exec(head);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { monthNumber: Number(m[1]) };
  return { problem: `"${text.slice(0, 30)}" is not a date or month` };
}

/**
 * The year and month range of a GA4 download's comment header ("# Start date: 20261101",
 * "# End date: 20261130"), or null when it has none.
 */
export function reportRange(comments: readonly string[]): { start: string; end: string } | null {
  let start: string | undefined;
  let end: string | undefined;
  for (const line of comments) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const label = line.slice(0, colon).trim().toLowerCase();
    const read = readMonth(line.slice(colon + 1));
    if (!('month' in read)) continue;
    if (label === 'start date') start = read.month;
    if (label === 'end date') end = read.month;
  }
  return start && end ? { start, end } : null;
}

const WHOLE = /^-?\d{1,15}$/;
const DECIMAL = /^-?\d{1,15}\.\d{1,15}$/;

/** A metric cell: blank is no value (null), text that is not a number is undefined. */
export function readAmount(cell: string, decimal: DecimalSeparator): number | null | undefined {
  const text = cell.trim();
  if (text === '' || text === '-' || text === '—') return null;
  // Most cells of an export are plain digits: read them at once (100,000 rows, several columns).
  if (WHOLE.test(text) || (decimal === '.' && DECIMAL.test(text))) return Number(text);
  // Currency codes written beside amounts ("USD 12.50", "12.50 EUR") are read; the code is the
  // Currency column's business.
  const bare = /^[A-Za-z]{3} /.test(text)
    ? text.slice(4)
    : / [A-Za-z]{3}$/.test(text)
      ? text.slice(0, -4)
      : text;
  if (bare.length > 40) return undefined;
  return parseNumericText(bare, decimal);
}
