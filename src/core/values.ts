/**
 * Cell values as Sheets hands them over, and the coercions every rule shares.
 * Pure: no Apps Script globals, so the same code runs in a custom function, a trigger, a test.
 */

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

// Optional sign, optional currency symbol, digits with optional thousands separators or plain digits,
// optional decimals, optional exponent, optional percent sign. Parentheses mark accounting negatives.
const NUMERIC_TEXT = /^([+-])?\s*[$€£¥]?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:[eE]([+-]?\d+))?\s*(%)?$/;

/**
 * Numeric text as people type it: "4", "10%", "$1,000", "1,000.50", "-2.5", "(300)".
 * Returns undefined for anything else, so callers can name the bad value.
 */
export function parseNumericText(text: string): number | undefined {
  let trimmed = text.trim();
  let negate = false;
  if (trimmed.startsWith('(') && trimmed.endsWith(')')) {
    trimmed = trimmed.slice(1, -1).trim();
    negate = true;
  }
  const match = NUMERIC_TEXT.exec(trimmed);
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  const [, sign, whole, fraction, exponent, percent] = match;
  let value = Number(`${(whole ?? '0').replace(/,/g, '')}${fraction ?? ''}${exponent ? `e${exponent}` : ''}`);
  if (percent) value /= 100;
  if (sign === '-') value = -value;
  if (negate) value = -value;
  return Number.isFinite(value) ? value : undefined;
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
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/g, ' ');
    const short = oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
    return `"${short}"`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * A number from a cell, or a RowError naming the argument and the value.
 * Booleans and dates are not numbers here: a ticked box in a fee column is a mistake worth reporting.
 */
export function toNumber(value: unknown, name: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new RowError(`${name} must be a finite number (got ${describeValue(value)})`);
  }
  if (typeof value === 'string') {
    const parsed = parseNumericText(value);
    if (parsed !== undefined) return parsed;
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
