/**
 * An export file's text as a table: header and rows of text cells, with papaparse doing the CSV
 * (quotes, quoted newlines, CRLF, the delimiter). Runs in the import dialog (the browser) and in the
 * headless run (Node); the server never sees the file. What this adds to papaparse is what exports
 * need: a BOM, GA4's `#` comment lines before the table (and a second table after the first), a
 * size limit, and clear messages for a file that is not a table.
 */
/// <reference path="./papaparse.d.ts" />
import { parse } from 'papaparse';
import { listFirst } from '../messages';

/** Files above this are refused before they are read: a month of exports is far smaller. */
export const MAX_EXPORT_BYTES = 30 * 1024 * 1024;

export interface ExportTable {
  readonly headers: readonly string[];
  /** Data rows, each as long as the header (short rows padded with ""). */
  readonly rows: readonly (readonly string[])[];
  /** The spreadsheet row number of each data row (comment lines and the header counted). */
  readonly rowNumbers: readonly number[];
  /** The `#` comment lines before the table, without their `#`. */
  readonly comments: readonly string[];
  readonly delimiter: string;
  /** Things the reader did that the person should know (a second table left out). */
  readonly notes: readonly string[];
}

export type ReadExport = { ok: true; table: ExportTable } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The message for a file over the limit (the dialog checks the file's size before reading it). */
export function tooLargeMessage(bytes: number): string {
  return `The file is ${megabytes(bytes)}; the import reads files up to ${megabytes(MAX_EXPORT_BYTES)}. Export a shorter date range, or fewer columns.`;
}

/** A GA4 comment line: `#` alone, or `#` then a space or a dash. Shopify's `#1001` is not one. */
function isCommentLine(line: string): boolean {
  if (line[0] !== '#') return false;
  const next = line[1];
  return next === undefined || next === ' ' || next === '-' || next === '\r' || next === '\t';
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** Splits off the leading comment lines (and blank lines among them) by scanning, never by regex. */
function leadingComments(text: string): { comments: string[]; lines: number; rest: string } {
  const comments: string[] = [];
  let at = 0;
  let lines = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 ? text.length : end;
    const line = text.slice(at, lineEnd).replace(/\r$/, '');
    if (isCommentLine(line)) comments.push(line.slice(1).trim());
    else if (line.trim() !== '') break;
    lines++;
    at = end < 0 ? text.length : end + 1;
  }
  return { comments, lines, rest: text.slice(at) };
}

export function readExportText(input: string): ReadExport {
  if (input.length > MAX_EXPORT_BYTES) return { ok: false, message: tooLargeMessage(input.length) };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const { comments, lines, rest } = leadingComments(text);
  if (rest.trim() === '') {
    return { ok: false, message: 'The file holds no table: it is empty, or only comment lines.' };
  }
  const parsed = parse(rest, {
    delimitersToGuess: [',', ';', '\t'],
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = quoteError.row === undefined ? '' : ` (row ${lines + quoteError.row + 1})`;
    return {
      ok: false,
      message: `A quoted value is never closed${row}: the file is cut off or not a CSV export.`,
    };
  }
  const records = parsed.data;
  let headerIndex = 0;
  while (headerIndex < records.length && isBlankRow(records[headerIndex])) headerIndex++;
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  const delimiter = parsed.meta.delimiter;
  if (headers.length < 2) {
    const shown = (headers[0] ?? '').slice(0, 60);
    return {
      ok: false,
      message: `The first row is one column ("${shown}"): the file's columns are not separated by commas, semicolons or tabs.`,
    };
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const notes: string[] = [];
  const tooWide: number[] = [];
  const rowNumberOf = (index: number) => lines + index + 1;
  for (let r = headerIndex + 1; r < records.length; r++) {
    const record = records[r];
    if (isBlankRow(record)) continue;
    if (record.length >= 1 && isCommentLine(record[0]) && record.slice(1).every((c) => c === '')) {
      notes.push(`The file has another table from row ${rowNumberOf(r)} on: only the first table was read.`);
      break;
    }
    if (record.length > headers.length && record.slice(headers.length).some((c) => c.trim() !== '')) {
      tooWide.push(rowNumberOf(r));
      continue;
    }
    const row = record.length === headers.length ? record : headers.map((_, i) => record[i] ?? '');
    rows.push(row);
    rowNumbers.push(rowNumberOf(r));
  }
  if (tooWide.length > 0) {
    return {
      ok: false,
      message: `${tooWide.length === 1 ? 'Row' : 'Rows'} ${listFirst(tooWide)} ${tooWide.length === 1 ? 'has' : 'have'} more values than the header has columns: a value holds a "${delimiter === '\t' ? 'tab' : delimiter}" without quotes, or the file mixes delimiters.`,
    };
  }
  return { ok: true, table: { headers, rows, rowNumbers, comments, delimiter, notes } };
}
