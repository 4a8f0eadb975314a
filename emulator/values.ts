// Cell values: what a written value becomes (Sheets' string parsing), and cross-realm type checks.

/** Cell values may come from another realm (the vm context), so never use instanceof. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function dateMs(d: Date): number {
  return Date.prototype.getTime.call(d);
}

/** A written string that Sheets takes for a formula (parseInput's result for '=...' and the like). */
export class FormulaText {
  constructor(readonly formula: string) {}
}

// "12", "-12.5", "+1", "1,000.5", ".5", "1e3", "10%", "$1,000" (Sheets reads these as numbers).
const NUMBER = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/;
/** The same in a decimal-comma locale: "1.500,5", ",5", "12,5%" (Sheets reads typed numbers in the locale). */
const NUMBER_DECIMAL_COMMA = /^([+-]?)\$?((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d*)?|,\d+)(?:[eE]([+-]?\d+))?(%?)$/;

export function parseNumber(s: string, decimalComma = false): number | undefined {
  const m = (decimalComma ? NUMBER_DECIMAL_COMMA : NUMBER).exec(s.trim());
  if (!m) return undefined;
  const digits = decimalComma ? m[2].replace(/\./g, '').replace(',', '.') : m[2].replace(/,/g, '');
  let n = Number(digits + (m[3] !== undefined ? `e${m[3]}` : ''));
  if (m[1] === '-') n = -n;
  if (m[4]) n /= 100;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Parses a value as Sheets does (returning the value to store, or a FormulaText) when a script or a person writes it:
 * "'text" -> text without the apostrophe; "=..." -> formula; a non-numeric string starting with
 * + - or @ -> formula too (Sheets tries to parse it; the emulator then shows '#ERROR!', which lets tests
 * catch formula injection); numeric strings -> numbers; TRUE/FALSE -> booleans; null/undefined -> "".
 */
export function parseInput(v: unknown, decimalComma = false): unknown {
  switch (typeof v) {
    case 'number':
    case 'boolean':
      return v;
    case 'string':
      return parseString(v, decimalComma);
    case 'undefined':
      return '';
    case 'bigint':
      return Number(v);
    default:
      if (v === null) return '';
      if (isDate(v)) return v;
      return parseString(String(v), decimalComma);
  }
}

function parseString(s: string, decimalComma: boolean): unknown {
  if (s === '') return '';
  const c = s.charCodeAt(0);
  if (c === 39 /* ' */) return s.slice(1);
  if (c === 61 /* = */) return s.length > 1 ? new FormulaText(s) : s;
  // Digits, '.', '$', sign or whitespace may start a number.
  if ((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 36 || c === 43 || c === 45 || c === 32) {
    const n = parseNumber(s, decimalComma);
    if (n !== undefined) return n;
  }
  // A lone '+', '-' or '@' is plain text in Sheets; longer strings starting with them are parsed as formulas.
  if ((c === 43 || c === 45 || c === 64) && s.length > 1) return new FormulaText(s);
  if (s.length === 4 || s.length === 5) {
    const u = s.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
  }
  return s;
}

/** Days since 1899-12-30 (Sheets' serial date), as in the spreadsheet's time zone wall clock. */
export function dateToSerial(d: Date, offsetMinutes: number): number {
  return (dateMs(d) + offsetMinutes * 60000) / 86400000 + 25569;
}

/**
 * Sheets' sort order: numbers and dates, then text (case-insensitive), then booleans; blanks always last
 * (the caller keeps blanks last regardless of direction).
 */
export function compareCells(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return toNumber(a) - toNumber(b);
  if (ra === 1) {
    const x = String(a).toLowerCase();
    const y = String(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 2) return Number(a) - Number(b);
  return 0;
}

function rank(v: unknown): number {
  if (typeof v === 'number' || isDate(v)) return 0;
  if (typeof v === 'string') return v === '' ? 3 : 1;
  if (typeof v === 'boolean') return 2;
  return 3;
}

function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : dateMs(v as Date) / 86400000 + 25569;
}
