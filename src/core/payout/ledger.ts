/**
 * The Payouts rows read as a ledger: each partnership and month once (a repeated key is named and
 * left alone), the paid rows of each partnership oldest first, and every row's "Clawed back for"
 * entries, from which what was already taken back for a paid month is added up.
 */
import { describeValue } from '../values';
import { type ClawbackEntry, type PayoutRecord, parseClawbackEntries, parseStatus } from './payouts-sheet';
import { cents } from './terms';

export const keyOf = (id: string, month: string): string => `${id}|${month}`;
export const idOf = (record: PayoutRecord): string => String(record.cells.id ?? '').trim();
export const monthOf = (record: PayoutRecord): string => String(record.cells.month ?? '').trim();

export interface Ledger {
  /** "ID|month" -> the record (the first, when a key repeats). */
  readonly byKey: Map<string, PayoutRecord>;
  readonly byRow: Map<number, PayoutRecord>;
  /** ID -> its paid records, oldest month first. */
  readonly paidById: Map<string, PayoutRecord[]>;
  /** Sheet row -> the row's "Clawed back for" entries. */
  readonly entries: Map<number, { id: string; entries: ClawbackEntry[] }>;
  /** IDs whose "Clawed back for" cannot be read: no clawback is computed for them. */
  readonly unreadable: Set<string>;
}

export function readLedger(records: readonly PayoutRecord[], problems: string[]): Ledger {
  const ledger: Ledger = {
    byKey: new Map(),
    byRow: new Map(),
    paidById: new Map(),
    entries: new Map(),
    unreadable: new Set(),
  };
  for (const record of records) {
    const id = idOf(record);
    const month = monthOf(record);
    const key = keyOf(id, month);
    const first = ledger.byKey.get(key);
    if (first) {
      problems.push(
        `Payouts rows ${first.row} and ${record.row} are both ${id} ${month}: row ${record.row} was left as it is.`,
      );
      continue;
    }
    ledger.byKey.set(key, record);
    ledger.byRow.set(record.row, record);
    const entries = parseClawbackEntries(record.cells.clawbackFor);
    if (entries === undefined) {
      ledger.unreadable.add(id);
      problems.push(
        `Payouts row ${record.row}: "Clawed back for" holds ${describeValue(record.cells.clawbackFor)}, not entries like "2026-10: 25.00": no refunds after payment were clawed back for ${id}.`,
      );
    } else if (entries.length) ledger.entries.set(record.row, { id, entries });
    if (parseStatus(record.cells.status) === 'paid') {
      const list = ledger.paidById.get(id) ?? [];
      list.push(record);
      ledger.paidById.set(id, list);
    }
  }
  for (const list of ledger.paidById.values()) list.sort((a, b) => (monthOf(a) < monthOf(b) ? -1 : 1));
  return ledger;
}

/** What other rows (not `exceptRow`) already took back for a partnership's paid month. */
export function alreadyClawed(ledger: Ledger, id: string, month: string, exceptRow?: number): number {
  let total = 0;
  for (const [row, { id: owner, entries }] of ledger.entries) {
    if (row === exceptRow || owner !== id) continue;
    for (const entry of entries) if (entry.month === month) total += entry.amount;
  }
  return cents(total);
}
