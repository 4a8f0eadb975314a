/**
 * Cell values as Sheets hands them over, and the coercions every rule shares.
 * Pure: no Apps Script globals, so the same code runs in a custom function, a trigger, a test.
 */
import type { DecimalSeparator } from './locale';
import { quoted } from './user-text';

/** A problem with one row's input: reported in that row, other rows still computed. */
export class RowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowError';
  }
}

/** A problem with the call itself (shape of ranges, weights, tier table): the whole formula fails. */
export class CallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallError';
  }
}

const ERROR_PREFIX = '#ERROR: ';

/** Blank as Sheets means it: an empty cell arrives as "", and whitespace-only text looks empty too. */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Dates may come from another realm (the Apps Script runtime, a vm context in tests), so
 * `instanceof Date` is unreliable: check the internal tag instead.
 */
export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())
  );
}

/**
 * The largest magnitude a number read from a cell may have. Sheets holds up to about 1.8e308, and
 * one multiplication of such a value overflows to Infinity; no fee, sale, count or multiple comes
 * near 1e15, and products and sums of values within it stay finite.
 */
export const MAX_MAGNITUDE = 1e15;
const MAX_MAGNITUDE_TEXT = '1e15';

let decimalSeparator: () => DecimalSeparator = () => '.';

/**
 * Numbers typed as text are read in the spreadsheet's locale ("1.500,50" in de_DE); the Apps Script
 * side installs a lookup of it (src/sheets/locale.ts). The default reads them as en_US does.
 */
export function setDecimalSeparator(source: () => DecimalSeparator): void {
  decimalSeparator = source;
}

const CURRENCY = '$€£¥';
/** The characters whose meaning depends on the decimal separator: '.', ',' and white space. */
const LOCALE_SENSITIVE = /[.,\s]/;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** One character of white space, including the no-break spaces some locales group digits with. */
const isSpace = (ch: string | undefined): boolean => ch !== undefined && ch.trim() === '';

/**
 * Numeric text as people type it: "4", "10%", "$1,000", "1,000.50", "-2.5", "(300)"; in a
 * decimal-comma locale "1.500,50", "1 500,50", "12,5 %". Returns undefined for anything else, so
 * callers can name the bad value.
 *
 * A scanner rather than a regular expression: it reads each character once, so a cell of 50,000
 * characters costs microseconds (an ambiguous pattern with `\s*` on both sides of an optional
 * currency sign backtracked cubically on long runs of spaces).
 */
export function parseNumericText(text: string, separator?: DecimalSeparator): number | undefined {
  let s = text.trim();
  // Only a '.', ',' or space reads differently in another locale: plain digits ("1000", "10%")
  // need no lookup of the spreadsheet's locale (one round trip fewer for the run).
  const decimal = separator ?? (LOCALE_SENSITIVE.test(s) ? decimalSeparator() : '.');
  let negate = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    s = s.slice(1, -1).trim();
    negate = true;
  }
  const n = s.length;
  let i = 0;
  const skipSpaces = () => {
    while (i < n && isSpace(s[i])) i++;
  };
  const digitRun = (): string => {
    const start = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    return s.slice(start, i);
  };
  let sign = '';
  if (s[i] === '+' || s[i] === '-') sign = s[i++];
  skipSpaces();
  if (i < n && CURRENCY.includes(s[i])) {
    i++;
    skipSpaces();
  }
  // Whole part: plain digits, or groups of three after one to three digits ("1,000,000").
  let whole = digitRun();
  if (whole.length >= 1 && whole.length <= 3 && i < n) {
    const group = s[i];
    const isGroup = decimal === '.' ? group === ',' : group === '.' || isSpace(group);
    if (isGroup) {
      while (
        s[i] === group &&
        isDigit(s.charCodeAt(i + 1)) &&
        isDigit(s.charCodeAt(i + 2)) &&
        isDigit(s.charCodeAt(i + 3)) &&
        !isDigit(s.charCodeAt(i + 4))
      ) {
        whole += s.slice(i + 1, i + 4);
        i += 4;
      }
      // A group separator left over ("1,00", "1,000,00") makes the text not a number, except a
      // space, which may just precede a percent sign ("10 %").
      if (s[i] === group && !isSpace(group)) return undefined;
    }
  }
  let fraction = '';
  if (s[i] === decimal && isDigit(s.charCodeAt(i + 1))) {
    i++;
    fraction = digitRun();
  }
  if (whole === '' && fraction === '') return undefined;
  let exponent = '';
  if (s[i] === 'e' || s[i] === 'E') {
    i++;
    const expSign = s[i] === '+' || s[i] === '-' ? s[i++] : '';
    const digits = digitRun();
    if (digits === '') return undefined;
    exponent = `e${expSign}${digits}`;
  }
  skipSpaces();
  const percent = s[i] === '%';
  if (percent) i++;
  if (i !== n) return undefined;
  let value = Number(`${whole || '0'}${fraction ? `.${fraction}` : ''}${exponent}`);
  if (percent) value /= 100;
  if (sign === '-') value = -value;
  if (negate) value = -value;
  return Number.isFinite(value) ? value : undefined;
}

/** A number too large to compute with safely, as a RowError naming the argument. */
function tooLarge(name: string, value: unknown): RowError {
  return new RowError(`${name} is too large (got ${describeValue(value)}; at most ${MAX_MAGNITUDE_TEXT})`);
}

let dateText: (date: Date) => string = (date) => date.toISOString().slice(0, 10);

/**
 * How dates read in messages. A date cell holds midnight in the spreadsheet's time zone, which is
 * the previous day in UTC east of Greenwich, so the Apps Script side installs a formatter for that
 * zone (src/sheets/time-zone.ts); the default is the UTC date.
 */
export function setDateText(format: (date: Date) => string): void {
  dateText = format;
}

/** Quote a user's value for an error message: short, on one line, text in quotes. */
export function describeValue(value: unknown): string {
  if (isDate(value)) return dateText(value);
  if (typeof value === 'string') return quoted(value, 40);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * A number from a cell, or a RowError naming the argument and the value.
 * Booleans and dates are not numbers here: a ticked box in a fee column is a mistake worth reporting.
 */
export function toNumber(value: unknown, name: string): number {
  if (typeof value === 'number') {
    if (value <= MAX_MAGNITUDE && value >= -MAX_MAGNITUDE) return value;
    if (Number.isFinite(value)) throw tooLarge(name, value);
    throw new RowError(`${name} must be a finite number (got ${describeValue(value)})`);
  }
  if (typeof value === 'string') {
    const parsed = parseNumericText(value);
    if (parsed !== undefined) {
      if (Math.abs(parsed) > MAX_MAGNITUDE) throw tooLarge(name, value);
      return parsed;
    }
  }
  throw new RowError(`${name} must be a number (got ${describeValue(value)})`);
}

export function toNumberInRange(value: unknown, name: string, min: number, max: number): number {
  const n = toNumber(value, name);
  if (n < min || n > max)
    throw new RowError(`${name} must be between ${min} and ${max} (got ${describeValue(n)})`);
  return n;
}

export function toNonNegative(value: unknown, name: string): number {
  const n = toNumber(value, name);
  if (n < 0) throw new RowError(`${name} must be 0 or more (got ${describeValue(n)})`);
  return n;
}

/**
 * The message for a rate over 100%. A bare 10 is almost always a percentage typed as a whole
 * number, so it gets the hint; "150%" was typed as a percentage and is simply too high.
 */
export function rateTooHigh(name: string, value: unknown, rate: number): string {
  if (typeof value === 'string' && value.includes('%')) {
    return `${name} must be at most 100% (got ${describeValue(value)})`;
  }
  return `${name} ${describeValue(rate)} is over 100%: did you mean ${describeValue(rate)}%?`;
}

/**
 * A rate from 0 to 1. A cell showing 10% holds 0.1; a bare 10 is almost always a percentage typed
 * as a whole number, so the message says so instead of paying 1000%.
 */
export function toRate(value: unknown, name: string): number {
  const n = toNumber(value, name);
  if (n > 1) throw new RowError(rateTooHigh(name, value, n));
  if (n < 0) throw new RowError(`${name} must be between 0% and 100% (got ${describeValue(n)})`);
  return n;
}

/** A row error as the text a result cell shows. Starts with '#', so Sheets never reads it as a formula. */
export function errorCell(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return ERROR_PREFIX + message;
}

/**
 * Text as compared when people type it: case and surrounding spaces ignored. The one key for
 * headers, assumption labels and producer names ("  DISCLOSURE " finds "Disclosure").
 */
export function textKey(value: unknown): string {
  return String(value ?? '')
    .trim()
    .toLowerCase();
}
