/**
 * Dates in the spreadsheet's time zone. A date cell holds midnight in that zone, which can be the
 * previous day in UTC (Pacific/Kiritimati is UTC+14), so months are read and written in that zone.
 */
import type { YearMonth } from '../core/months';
import { setDateText } from '../core/values';

export function spreadsheetTimeZone(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    return Session.getScriptTimeZone();
  }
}

/**
 * A time zone name handed back by a page (what the server gave it), when it looks like one: an
 * IANA name such as "America/New_York" or "Etc/GMT+5", or "UTC"/"GMT". Anything else is ignored
 * and the spreadsheet is asked. (Utilities takes an unknown name for GMT without complaint, so the
 * shape is all that can be checked without a round trip.)
 */
export function timeZoneName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  return /^(?:UTC|GMT|[A-Z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+){1,2})$/.test(value) ? value : undefined;
}

export function dateToYearMonth(date: Date, timeZone: string): YearMonth {
  const [year, month] = Utilities.formatDate(date, timeZone, 'yyyy-MM').split('-').map(Number);
  return { year, month };
}

/** Offset of the zone from UTC at an instant, in minutes, from Utilities' "+hhmm". */
function offsetMinutes(instant: Date, timeZone: string): number {
  const text = Utilities.formatDate(instant, timeZone, 'Z');
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Midnight on the first day of the month, in the zone. */
export function firstOfMonth(ym: YearMonth, timeZone: string): Date {
  return midnightInZone(ym.year, ym.month, 1, timeZone);
}

/** Midnight of a calendar day in the zone (what a date cell holds). Checked twice so a DST change is honoured. */
export function midnightInZone(year: number, month: number, day: number, timeZone: string): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const first = new Date(utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60000);
  const corrected = offsetMinutes(first, timeZone);
  return new Date(utcMidnight - corrected * 60000);
}

/**
 * Dates in messages read as the spreadsheet shows them. The zone is looked up on the first date
 * that needs it, so runs that mention no date make no extra call.
 */
export function useSpreadsheetDates(): void {
  let timeZone: string | undefined;
  setDateText((date) => {
    timeZone = timeZone ?? spreadsheetTimeZone();
    return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
  });
}
