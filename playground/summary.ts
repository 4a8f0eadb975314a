// The short summary the headless form prints: rows validated, errors and warnings found (from the
// Status column the add-on writes), the payback month of each forecast scenario, and the Payouts
// sheet's latest months (rows, total due, rows by status).
import type { Emulator } from '../emulator/types';

export interface RunSummary {
  rowsValidated: number;
  rowsWithErrors: number;
  errors: number;
  warnings: number;
  payback: { scenario: string; payback: string }[];
  payouts: { month: string; rows: number; totalDue: number; byStatus: Record<string, number> }[];
  /** Rows of the Results sheet and the months they cover (first and last). */
  results: { rows: number; first: string; last: string } | null;
}

/** The Payouts sheet's months, newest first: at most this many are printed. */
const PAYOUT_MONTHS_SHOWN = 3;

function payoutMonths(emu: Emulator): RunSummary['payouts'] {
  const sheet = emu.spreadsheet.getSheetByName('Payouts');
  if (!sheet || sheet.getLastRow() < 2) return [];
  const rows = sheet.getDataRange().getValues();
  const header = rows[0].map((h) => String(h).trim().toLowerCase());
  const [month, total, status] = ['month', 'total due', 'status'].map((h) => header.indexOf(h));
  if (month < 0 || total < 0 || status < 0) return [];
  const months = new Map<string, RunSummary['payouts'][number]>();
  for (const row of rows.slice(1)) {
    const key = String(row[month]);
    if (key === '') continue;
    const entry = months.get(key) ?? { month: key, rows: 0, totalDue: 0, byStatus: {} };
    entry.rows++;
    if (typeof row[total] === 'number') entry.totalDue += row[total];
    const state = String(row[status]) || 'pending';
    entry.byStatus[state] = (entry.byStatus[state] ?? 0) + 1;
    months.set(key, entry);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? 1 : -1)).slice(0, PAYOUT_MONTHS_SHOWN);
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
    payouts: payoutMonths(emu),
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
  for (const p of s.payouts) {
    const statuses = Object.entries(p.byStatus)
      .map(([status, n]) => `${n} ${status}`)
      .join(', ');
    const total = p.totalDue.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    lines.push(`Payouts ${p.month}: ${p.rows} rows, total due ${total} (${statuses})`);
  }
  if (s.results) lines.push(`Results: ${s.results.rows} rows, ${s.results.first} to ${s.results.last}`);
  return lines.join('\n');
}
