/**
 * What an import does to the Results sheet, decided before anything is written: each total's Key
 * (`ID|month|source`) finds its row; an equal row is left alone (so a second import of the same
 * file changes nothing, not even Imported at), a different one is replaced in place, a new key is
 * appended. Rows of other keys, and columns people added, are never touched.
 */
import { listFirst, quantity } from '../messages';
import { textKey } from '../values';
import type { ImportPayload, ImportTotal } from './import-contract';
import {
  mapResultsColumns,
  RESULT_METRICS,
  RESULTS_COLUMNS,
  RESULTS_FIELDS,
  type ResultsColumnMap,
  type ResultsField,
  resultKey,
} from './results-sheet';

export interface ResultsWritePlan {
  /** The header after the import: the sheet's own, with missing Results columns added at the end. */
  readonly header: readonly string[];
  readonly headerChanged: boolean;
  /** Every data row after the import, as wide as the header. */
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based index (in rows) of the first row that changes, or -1 when nothing does. */
  readonly firstChanged: number;
  readonly columns: ResultsColumnMap;
  /** Data rows the sheet held before (below the header, trailing blank rows left out). */
  readonly existingRows: number;
  readonly added: number;
  /** `ID month` of each row whose earlier totals are replaced. */
  readonly replaced: readonly string[];
  readonly unchanged: number;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** The currency of the first Results row that names one ("" when none does). */
export function resultsCurrency(values: readonly (readonly unknown[])[]): string {
  if (values.length < 2) return '';
  const column = mapResultsColumns(values[0]).currency;
  if (column === undefined) return '';
  for (let r = 1; r < values.length; r++) {
    const currency = text(values[r][column]);
    if (currency !== '') return currency.toUpperCase();
  }
  return '';
}

function keyOf(row: readonly unknown[], columns: ResultsColumnMap): string {
  const cell = (field: ResultsField) => (columns[field] === undefined ? '' : text(row[columns[field]!]));
  const key = cell('key');
  if (key !== '') return key;
  const [id, month, source] = [cell('id'), cell('month'), cell('source')];
  return id && month && source ? resultKey(id, month, source) : '';
}

function sameTotals(
  row: readonly unknown[],
  columns: ResultsColumnMap,
  total: ImportTotal,
  currency: string,
): boolean {
  for (const metric of RESULT_METRICS) {
    const column = columns[metric];
    const cell = column === undefined ? '' : row[column];
    const wanted = total.metrics[metric];
    if (wanted === null ? cell !== '' && cell !== null && cell !== undefined : cell !== wanted) return false;
  }
  const column = columns.currency;
  return textKey(column === undefined ? '' : row[column]) === textKey(currency);
}

export function planResultsWrite(
  values: readonly (readonly unknown[])[],
  payload: ImportPayload,
  currency: string,
  importedAt: unknown,
): ResultsWritePlan {
  const existingHeader = (values[0] ?? []).map(text);
  while (existingHeader.length > 0 && existingHeader[existingHeader.length - 1] === '') existingHeader.pop();
  const present = mapResultsColumns(existingHeader);
  const header = [...existingHeader];
  for (const field of RESULTS_FIELDS) if (present[field] === undefined) header.push(RESULTS_COLUMNS[field]);
  const columns = mapResultsColumns(header);
  const width = header.length;
  const rows: unknown[][] = values.slice(1).map((row) => {
    const copy = row.slice(0, width);
    while (copy.length < width) copy.push('');
    return copy;
  });
  // Trailing blank rows of the data range are not rows: new keys go right after the last one used.
  let used = rows.length;
  while (used > 0 && rows[used - 1].every((v) => text(v) === '')) used--;
  rows.length = used;
  const existingRows = used;

  const rowOfKey = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = keyOf(row, columns);
    if (key !== '' && !rowOfKey.has(key)) rowOfKey.set(key, i);
  });

  let firstChanged = -1;
  let added = 0;
  let unchanged = 0;
  const replaced: string[] = [];
  const touch = (index: number) => {
    if (firstChanged < 0 || index < firstChanged) firstChanged = index;
  };
  for (const total of payload.totals) {
    const key = resultKey(total.id, total.month, payload.source);
    const at = rowOfKey.get(key);
    if (at !== undefined && sameTotals(rows[at], columns, total, currency)) {
      unchanged++;
      continue;
    }
    const row = at === undefined ? new Array<unknown>(width).fill('') : rows[at];
    const put = (field: ResultsField, value: unknown) => {
      row[columns[field]!] = value;
    };
    put('key', key);
    put('id', total.id);
    put('month', total.month);
    put('source', payload.source);
    for (const metric of RESULT_METRICS) put(metric, total.metrics[metric] ?? '');
    put('currency', currency);
    put('importedAt', importedAt);
    if (at === undefined) {
      rowOfKey.set(key, rows.length);
      touch(rows.length);
      rows.push(row);
      added++;
    } else {
      touch(at);
      replaced.push(`${total.id} ${total.month}`);
    }
  }
  return {
    header,
    headerChanged: header.length !== existingHeader.length,
    rows,
    firstChanged,
    columns,
    existingRows,
    added,
    replaced,
    unchanged,
  };
}

/** What the import tells the person: what changed, what was replaced, what matched no partnership. */
export function importMessage(plan: ResultsWritePlan, payload: ImportPayload): string {
  const from = `${payload.source} results from ${payload.fileName}`;
  const unattributed =
    payload.unattributedRows > 0
      ? ` ${quantity(payload.unattributedRows, 'row')} matched no partnership and ${payload.unattributedRows === 1 ? 'was' : 'were'} not imported.`
      : '';
  if (plan.firstChanged < 0) {
    return `Nothing changed: the Results sheet already holds these ${from} (${quantity(plan.unchanged, 'row')}, imported before).${unattributed}`;
  }
  const parts = [`${quantity(plan.added, 'row')} added`];
  if (plan.replaced.length > 0) parts.push(`${plan.replaced.length} replaced`);
  if (plan.unchanged > 0) parts.push(`${plan.unchanged} unchanged`);
  const replaced =
    plan.replaced.length > 0
      ? ` Earlier ${payload.source} totals replaced for ${listFirst(plan.replaced)}.`
      : '';
  return `Imported ${from}: ${parts.join(', ')}.${replaced}${unattributed}`;
}
