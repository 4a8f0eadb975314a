/**
 * Refunds after payment: what each paid month of a partnership still owes the program (the
 * commission the paid sales earned minus what the sales now earn, by the same terms, never more
 * than the paid Commission, less what other rows took back already), and how a paid row shows it.
 */
import { toNumber } from '../values';
import { alreadyClawed, type Ledger, monthOf } from './ledger';
import { type MonthSales, salesKey } from './month-sales';
import { money, sameCell, withNote } from './payout-cells';
import { type ClawbackEntry, formatClawbackEntries, type RowValues } from './payouts-sheet';
import { cents, commissionFor, type DealTerms } from './terms';

/** The note on a paid row whose sales fell after payment; replaced on every run. */
const LATE_REFUND = 'Refunds after payment:';

/** The clawback each paid month of a partnership still owes, oldest first. */
export function owedClawbacks(
  p: { readonly id: string; readonly terms: DealTerms },
  month: string,
  sales: ReadonlyMap<string, MonthSales>,
  ledger: Ledger,
  exceptRow: number | undefined,
  problems: string[],
): ClawbackEntry[] {
  if (ledger.unreadable.has(p.id)) return [];
  const owed: ClawbackEntry[] = [];
  for (const paid of ledger.paidById.get(p.id) ?? []) {
    const paidMonth = monthOf(paid);
    if (paidMonth >= month) continue;
    const now = sales.get(salesKey(p.id, paidMonth));
    if (!now) continue;
    let paidSales: number;
    let paidCommission: number;
    try {
      paidSales = toNumber(paid.cells.attributedSales, 'Attributed sales');
      paidCommission = toNumber(paid.cells.commission, 'Commission');
    } catch (error) {
      problems.push(
        `Payouts row ${paid.row} (${p.id} ${paidMonth}, paid): ${(error as Error).message}, so refunds after payment were not checked.`,
      );
      continue;
    }
    if (now.net >= paidSales) continue;
    const lost = commissionFor(p.terms, paidSales) - commissionFor(p.terms, now.net);
    const due = cents(Math.min(paidCommission, lost) - alreadyClawed(ledger, p.id, paidMonth, exceptRow));
    if (due > 0) owed.push({ month: paidMonth, amount: due });
  }
  return owed;
}

/** Each paid row shows what later rows took back for it, and its sales as the Results hold them now. */
export function showOnPaidRows(
  sales: ReadonlyMap<string, MonthSales>,
  ledger: Ledger,
  writes: Map<number, RowValues>,
): void {
  for (const [id, paidRows] of ledger.paidById) {
    for (const paid of paidRows) {
      const paidMonth = monthOf(paid);
      const later: ClawbackEntry[] = [];
      for (const [row, { id: owner, entries }] of ledger.entries) {
        if (owner !== id || row === paid.row) continue;
        const target = String(writes.get(row)?.month ?? monthOf(ledger.byRow.get(row)!));
        for (const entry of entries)
          if (entry.month === paidMonth) later.push({ month: target, amount: entry.amount });
      }
      later.sort((a, b) => (a.month < b.month ? -1 : 1));
      const now = sales.get(salesKey(id, paidMonth));
      const paidSales =
        typeof paid.cells.attributedSales === 'number' ? paid.cells.attributedSales : undefined;
      const lowered =
        now && paidSales !== undefined && cents(now.net) < paidSales
          ? `${LATE_REFUND} attributed sales now ${money(cents(now.net))} (paid on ${money(paidSales)})`
          : undefined;
      const values: RowValues = {};
      const clawedBackLater = formatClawbackEntries(later);
      if (!sameCell(clawedBackLater, paid.cells.clawedBackLater)) values.clawedBackLater = clawedBackLater;
      const notes = withNote(paid.cells.notes, LATE_REFUND, lowered);
      if (!sameCell(notes, paid.cells.notes)) values.notes = notes;
      if (Object.keys(values).length) writes.set(paid.row, { ...writes.get(paid.row), ...values });
    }
  }
}
