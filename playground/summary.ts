// The short summary the headless form prints: rows validated, errors and warnings found (from the
// Status column the add-on writes), and the payback month of each forecast scenario.
import type { Emulator } from '../emulator/types';

export interface RunSummary {
  rowsValidated: number;
  rowsWithErrors: number;
  errors: number;
  warnings: number;
  payback: { scenario: string; payback: string }[];
  /** Rows of the Results sheet and the months they cover (first and last). */
  results: { rows: number; first: string; last: string } | null;
}

const count = (status: string, word: 'error' | 'warning') => {
  const m = new RegExp(`(\\d+) ${word}s?\\b`).exec(status.slice(0, 100));
  return m ? Number(m[1]) : 0;
};

export function summarize(emu: Emulator): RunSummary {
  const summary: RunSummary = {
    rowsValidated: 0,
    rowsWithErrors: 0,
    errors: 0,
    warnings: 0,
    payback: [],
    results: null,
  };
  const pipeline = emu.spreadsheet.getSheetByName('Pipeline');
  if (pipeline && pipeline.getLastRow() > 1) {
    const rows = pipeline.getDataRange().getDisplayValues();
    const header = rows[0].map((h) => h.trim().toLowerCase());
    const producer = header.indexOf('producer');
    const status = header.indexOf('status');
    for (const row of rows.slice(1)) {
      if (producer < 0 || status < 0 || row[producer] === '' || row[status] === '') continue;
      summary.rowsValidated++;
      const errors = count(row[status], 'error');
      summary.errors += errors;
      summary.warnings += count(row[status], 'warning');
      if (errors > 0) summary.rowsWithErrors++;
    }
  }
  const forecast = emu.spreadsheet.getSheetByName('Forecast');
  if (forecast && forecast.getLastRow() > 0) {
    const rows = forecast.getDataRange().getDisplayValues();
    const head = rows.findIndex((r) => r[0] === 'Scenario' && r.includes('Payback'));
    if (head >= 0) {
      const col = rows[head].indexOf('Payback');
      for (const row of rows.slice(head + 1)) {
        if (row[0] === '') break;
        summary.payback.push({ scenario: row[0], payback: row[col] });
      }
    }
  }
  const results = emu.spreadsheet.getSheetByName('Results');
  if (results && results.getLastRow() > 1) {
    const rows = results.getDataRange().getDisplayValues();
    const month = rows[0].map((h) => h.trim().toLowerCase()).indexOf('month');
    const months = rows
      .slice(1)
      .map((r) => (month < 0 ? '' : r[month]))
      .filter((m) => m !== '')
      .sort();
    summary.results = { rows: rows.length - 1, first: months[0] ?? '', last: months.at(-1) ?? '' };
  }
  return summary;
}

export function formatSummary(s: RunSummary): string {
  const lines = [
    `Rows validated: ${s.rowsValidated}`,
    `Errors found: ${s.errors} in ${s.rowsWithErrors} rows; warnings: ${s.warnings}`,
  ];
  for (const p of s.payback) lines.push(`Payback (${p.scenario}): ${p.payback}`);
  if (s.payback.length === 0) lines.push('Payback: no Forecast sheet');
  if (s.results) lines.push(`Results: ${s.results.rows} rows, ${s.results.first} to ${s.results.last}`);
  return lines.join('\n');
}
