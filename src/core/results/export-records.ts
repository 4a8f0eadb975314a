/**
 * The rows the import attributes, and a small memo for the values exports repeat. Shared by
 * attribution.ts only; kept apart so that file holds the attribution and totals alone.
 */
import type { ExportTable } from './export-text';
import type { ColumnMapping } from './formats';

/**
 * The rows to attribute: the table's rows, or with an order column one merged row per order. An
 * order's fields sit on its first line and the other lines leave them blank, so each mapped column
 * takes its first non-blank value across the order's lines, and every order is counted once.
 */
export function records(
  table: ExportTable,
  mapping: ColumnMapping,
): { rows: readonly (readonly string[])[]; rowNumbers: readonly number[] } {
  const orderColumn = mapping.order;
  if (orderColumn === undefined) return table;
  const columns = [...new Set(Object.values(mapping))] as number[];
  const byOrder = new Map<string, string[]>();
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  table.rows.forEach((row, i) => {
    const order = row[orderColumn]?.trim() ?? '';
    const merged = order === '' ? undefined : byOrder.get(order);
    if (merged) {
      for (const c of columns) if (merged[c].trim() === '' && row[c].trim() !== '') merged[c] = row[c];
      return;
    }
    const copy = row.slice();
    if (order !== '') byOrder.set(order, copy);
    rows.push(copy);
    rowNumbers.push(table.rowNumbers[i]);
  });
  return { rows, rowNumbers };
}

/** A Map lookup remembered per distinct text: an export repeats its campaigns and dates. */
export function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = compute(text);
      seen.set(text, value);
    }
    return value as T;
  };
}
