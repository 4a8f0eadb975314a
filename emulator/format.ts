// Display values (Range.getDisplayValues): a small subset of Sheets number formats.
import { formatJavaDate, isDateFormat, sheetsDateFormatToJava } from './dates';
import { isDate } from './values';

/** What getNumberFormat returns for a cell that was never formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

const DAY_MS = 86400000;

export function displayValue(value: unknown, numberFormat: string, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const custom = numberFormat !== DEFAULT_NUMBER_FORMAT && numberFormat !== '' ? numberFormat : undefined;
  if (typeof value === 'number') {
    if (!custom || !Number.isFinite(value)) return String(value);
    if (isDateFormat(custom)) {
      // A serial number shown with a date format: days since 1899-12-30, wall clock (no zone).
      return formatJavaDate(new Date((value - 25569) * DAY_MS), 'UTC', sheetsDateFormatToJava(custom));
    }
    return formatNumber(value, custom) ?? String(value);
  }
  if (isDate(value)) {
    const pattern = custom && isDateFormat(custom) ? sheetsDateFormatToJava(custom) : 'yyyy-MM-dd';
    return formatJavaDate(value, timeZone, pattern);
  }
  return value == null ? '' : String(value);
}

const NUMBER_FORMAT = /^(\$?)(#,##)?0(?:\.(0+))?(%?)$/;

/** '0', '0.00', '#,##0', '#,##0.00', '$#,##0', '$#,##0.00', '0%', '0.0%', '0.00%'; undefined otherwise. */
export function formatNumber(value: number, format: string): string | undefined {
  const m = NUMBER_FORMAT.exec(format.replace(/"\$"/g, '$').replace(/\[\$\$\]/g, '$'));
  if (!m) return undefined;
  const [, currency, grouping, decimals = '', percent] = m;
  const digits = decimals.length;
  const scaled = percent ? value * 100 : value;
  // Round half away from zero on the decimal representation (toFixed alone gives 1.005 -> "1.00").
  const abs = Math.abs(scaled);
  const rounded = abs < 1e15 ? Number(`${Math.round(Number(`${abs}e${digits}`))}e-${digits}`) : abs;
  let text = rounded.toFixed(digits);
  if (grouping) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const negative = scaled < 0 && rounded !== 0;
  return `${negative ? '-' : ''}${currency}${text}${percent}`;
}
