// What a copy puts on the clipboard: the cells' values as tab-separated text, as Sheets copies them.
// The grid would copy each cell's HTML (a checkbox's <input>, "<" as "&lt;"), which a paste would
// then write into cells as text.

/** Rows of values as TSV; a value holding a tab, line break or quote is quoted, quotes doubled. */
export function valuesAsTsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(field).join('\t')).join('\r\n');
}

function field(value: unknown): string {
  const text = value == null ? '' : String(value);
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
