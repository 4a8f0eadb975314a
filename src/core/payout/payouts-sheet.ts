/**
 * The Payouts sheet's contract: one row per partnership and month (`yyyy-mm`), its columns (found
 * by header, so people may add their own and reorder), its statuses, and the "Clawed back for"
 * record by which a later row says which paid months it took refunds back for.
 */
import { isMonthText } from '../results/results-sheet';
import { textKey } from '../values';

export const PAYOUTS_SHEET = 'Payouts';

/** Field key -> exact header text, in the order a new Payouts sheet lays them out. */
export const PAYOUTS_COLUMNS = {
  id: 'Partnership ID',
  producer: 'Producer',
  month: 'Month',
  baseFee: 'Base fee',
  attributedSales: 'Attributed sales',
  commission: 'Commission',
  clawback: 'Refunds clawed back',
  totalDue: 'Total due',
  status: 'Status',
  clawbackFor: 'Clawed back for',
  clawedBackLater: 'Clawed back later',
  notes: 'Notes',
} as const;

export type PayoutField = keyof typeof PAYOUTS_COLUMNS;
export const PAYOUT_FIELDS = Object.keys(PAYOUTS_COLUMNS) as PayoutField[];
export const MONEY_FIELDS: readonly PayoutField[] = [
  'baseFee',
  'attributedSales',
  'commission',
  'clawback',
  'totalDue',
];

/** The Status dropdown: the add-on writes pending; the team sets approved, then paid. */
export const PAYOUT_STATUSES = ['pending', 'approved', 'paid'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

/** A Status cell: case and spaces ignored; blank is pending (nobody has approved it). */
export function parseStatus(value: unknown): PayoutStatus | undefined {
  const key = textKey(value);
  if (key === '') return 'pending';
  return PAYOUT_STATUSES.find((s) => s === key);
}

export type PayoutColumnMap = Partial<Record<PayoutField, number>>;

/** Header row -> column index per field (case and surrounding spaces ignored; the first wins). */
export function mapPayoutColumns(headers: readonly unknown[]): PayoutColumnMap {
  const byKey = new Map<string, PayoutField>();
  for (const field of PAYOUT_FIELDS) byKey.set(textKey(PAYOUTS_COLUMNS[field]), field);
  const columns: PayoutColumnMap = {};
  headers.forEach((header, index) => {
    const field = byKey.get(textKey(header));
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

export function missingPayoutColumns(columns: PayoutColumnMap): PayoutField[] {
  return PAYOUT_FIELDS.filter((field) => columns[field] === undefined);
}

/** A row's cells by field, as the plan writes them. */
export type RowValues = Partial<Record<PayoutField, unknown>>;

/** One existing Payouts row: its 1-based sheet row and its cells by field. */
export interface PayoutRecord {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<PayoutField, unknown>>>;
}

/** The data rows (below the header) as records; wholly blank rows are left out. */
export function payoutRecords(
  values: readonly (readonly unknown[])[],
  columns: PayoutColumnMap,
): PayoutRecord[] {
  const records: PayoutRecord[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells: Partial<Record<PayoutField, unknown>> = {};
    let blank = true;
    for (const field of PAYOUT_FIELDS) {
      const index = columns[field];
      const value = index === undefined ? undefined : values[r][index];
      cells[field] = value;
      if (value !== '' && value !== null && value !== undefined) blank = false;
    }
    if (!blank) records.push({ row: r + 1, cells });
  }
  return records;
}

/** A "Clawed back for" entry: this row took `amount` back for refunds of the paid month `month`. */
export interface ClawbackEntry {
  readonly month: string;
  readonly amount: number;
}

const ENTRY = /^(\d{4}-\d{2}): (\d{1,15}(?:\.\d{1,2})?)$/;

/** "2026-09: 120.00; 2026-10: 35.50" -> entries, or undefined when a person changed it into something else. */
export function parseClawbackEntries(value: unknown): ClawbackEntry[] | undefined {
  if (value === '' || value === null || value === undefined) return [];
  if (typeof value !== 'string') return undefined;
  const entries: ClawbackEntry[] = [];
  for (const part of value.split(';')) {
    const match = ENTRY.exec(part.trim());
    if (!match || !isMonthText(match[1])) return undefined;
    entries.push({ month: match[1], amount: Number(match[2]) });
  }
  return entries;
}

export function formatClawbackEntries(entries: readonly ClawbackEntry[]): string {
  return entries.map((e) => `${e.month}: ${e.amount.toFixed(2)}`).join('; ');
}
