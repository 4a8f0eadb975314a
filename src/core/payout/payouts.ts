/**
 * Preparing a month's payouts: which Payouts rows to write, and what goes in them.
 *
 * - One row per partnership in scope for the month (see inScope), keyed by Partnership ID and
 *   Month, never by row number.
 * - A pending row is computed again on every run; an approved one is not changed, but a note says
 *   what it would be now; a paid one is never recomputed.
 * - Commission is on attributed sales net of refunds, by HYBRID_PAYOUT's core (terms.ts).
 * - A refund that lowers a paid month's sales after it was paid is clawed back from the month being
 *   prepared: the commission the paid sales earned minus what the sales now earn, less what other
 *   rows already took back for that month (their "Clawed back for" entries). It never takes more
 *   than the paid row's Commission, nor more than the new row's base fee and commission: the rest
 *   waits for the next payout. The paid row shows it in "Clawed back later" and its Notes; its
 *   money columns and Status stay as they are.
 */
import { parseStage, type Stage, stageIndex } from '../lifecycle/pipeline';
import { quantity } from '../messages';
import { describeValue } from '../values';
import { owedClawbacks, showOnPaidRows } from './clawbacks';
import { idOf, keyOf, type Ledger, readLedger } from './ledger';
import { type MonthSales, salesKey } from './month-sales';
import { money, sameCell, withNote } from './payout-cells';
import {
  type ClawbackEntry,
  formatClawbackEntries,
  PAYOUT_FIELDS,
  type PayoutField,
  type PayoutRecord,
  type PayoutStatus,
  parseClawbackEntries,
  parseStatus,
  type RowValues,
} from './payouts-sheet';
import { cents, commissionFor, type DealTerms } from './terms';

export interface PayoutPartnership {
  readonly id: string;
  readonly producer: unknown;
  readonly terms?: DealTerms;
  /** Why the terms could not be read: the row is written without amounts, and says so. */
  readonly termsProblem?: string;
  readonly termsNotes?: readonly string[];
}

/** The Pipeline facts that decide whether a partnership is paid for a month. */
export interface ScopeFacts {
  readonly stage: unknown;
  /** `yyyy-mm` of the Start date and End date, when they are dates. */
  readonly startMonth?: string;
  readonly endMonth?: string;
}

const FIRST_PAID_STAGE: Stage = 'Onboarding';

/**
 * A partnership gets a row for the month when its contract covers it (Stage Onboarding or later,
 * Start date on or before the month, End date blank or not before it), or when Results attribute
 * sales to it that month.
 */
export function inScope(facts: ScopeFacts, month: string, hasResults: boolean): boolean {
  if (hasResults) return true;
  const stage = parseStage(facts.stage);
  if (!stage || stageIndex(stage) < stageIndex(FIRST_PAID_STAGE)) return false;
  if (!facts.startMonth || facts.startMonth > month) return false;
  return !facts.endMonth || facts.endMonth >= month;
}

export interface PayoutInput {
  readonly month: string;
  /** The partnerships in scope, in Pipeline order. */
  readonly partnerships: readonly PayoutPartnership[];
  /** Every Pipeline ID, to tell Results for unknown partnerships apart. */
  readonly pipelineIds: ReadonlySet<string>;
  readonly sales: ReadonlyMap<string, MonthSales>;
  readonly records: readonly PayoutRecord[];
  /** The sheet row new rows start at (below the last row with content). */
  readonly firstFreeRow: number;
}

export type { RowValues };

export interface PayoutPlan {
  /** Sheet row -> the add-on's cells to write there. */
  readonly writes: Map<number, RowValues>;
  /** Rows written whole (new or recomputed): they get the number formats and the Status dropdown. */
  readonly wholeRows: Set<number>;
  readonly counts: {
    added: number;
    updated: number;
    unchanged: number;
    approved: number;
    paid: number;
    clawbacks: number;
    clawedBack: number;
    totalDue: number;
  };
  readonly problems: string[];
}

/** The note on an approved row that would now be different; replaced on every run. */
const DRIFT = 'Changed after approval:';

/** The whole row for a partnership and month, as it is computed now. */
function computeRow(
  p: PayoutPartnership,
  input: PayoutInput,
  ledger: Ledger,
  exceptRow: number | undefined,
  problems: string[],
): RowValues {
  const { month } = input;
  const sales = input.sales.get(salesKey(p.id, month));
  const row: RowValues = {
    id: p.id,
    producer: p.producer ?? '',
    month,
    status: 'pending',
    clawedBackLater: '',
    clawbackFor: '',
  };
  const notes = [...(p.termsNotes ?? [])];
  const mixed =
    sales && sales.currencies.length > 1
      ? `its Results for ${month} mix currencies (${sales.currencies.join(', ')})`
      : undefined;
  const problem = p.terms ? mixed : p.termsProblem;
  if (!p.terms || problem) {
    problems.push(`${p.id}: ${problem}: its ${month} row has no amounts.`);
    return {
      ...row,
      baseFee: '',
      attributedSales: sales && !mixed ? cents(sales.net) : '',
      commission: '',
      clawback: '',
      totalDue: '',
      notes: [`Not computed: ${problem}`, ...notes].join('; '),
    };
  }
  const terms = p.terms;
  const net = sales ? cents(sales.net) : 0;
  if (!sales) notes.push(`no Results for ${month}: no attributed sales`);
  else if (sales.sources.length === 0)
    notes.push(`its Results for ${month} report no sales, only other metrics`);
  else if (net < 0) notes.push(`refunds exceed sales in ${month}: commission on 0`);
  const baseFee = cents(terms.baseFee);
  const commission = commissionFor(terms, net);
  const owed = owedClawbacks({ id: p.id, terms }, month, input.sales, ledger, exceptRow, problems);
  let room = cents(baseFee + commission);
  const taken: ClawbackEntry[] = [];
  let left = 0;
  for (const entry of owed) {
    const take = cents(Math.min(entry.amount, room));
    room = cents(room - take);
    if (take > 0) taken.push({ month: entry.month, amount: take });
    left = cents(left + entry.amount - take);
  }
  const clawback = cents(taken.reduce((sum, e) => sum + e.amount, 0));
  if (taken.length) notes.push(`claws back refunds after payment of ${taken.map((e) => e.month).join(', ')}`);
  if (left > 0) notes.push(`${money(left)} of refunds after payment is left for a later payout`);
  return {
    ...row,
    baseFee,
    attributedSales: net,
    commission,
    clawback,
    totalDue: cents(baseFee + commission - clawback),
    clawbackFor: formatClawbackEntries(taken),
    notes: notes.join('; '),
  };
}

const MONEY_COMPARED: readonly PayoutField[] = [
  'baseFee',
  'attributedSales',
  'commission',
  'clawback',
  'totalDue',
];

export function planPayouts(input: PayoutInput): PayoutPlan {
  const problems: string[] = [];
  const ledger = readLedger(input.records, problems);
  const plan: PayoutPlan = {
    writes: new Map(),
    wholeRows: new Set(),
    counts: {
      added: 0,
      updated: 0,
      unchanged: 0,
      approved: 0,
      paid: 0,
      clawbacks: 0,
      clawedBack: 0,
      totalDue: 0,
    },
    problems,
  };
  const { month } = input;
  let nextRow = input.firstFreeRow;
  const seen = new Set<string>();
  const dueRows: RowValues[] = [];
  for (const p of input.partnerships) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const existing = ledger.byKey.get(keyOf(p.id, month));
    const status: PayoutStatus | undefined = existing ? parseStatus(existing.cells.status) : 'pending';
    if (existing && status === 'paid') {
      plan.counts.paid++;
      dueRows.push(existing.cells);
      continue;
    }
    if (existing && status === undefined) {
      problems.push(
        `Payouts row ${existing.row} (${p.id} ${month}): Status ${describeValue(existing.cells.status)} is not pending, approved or paid, so the row was left as it is.`,
      );
      continue;
    }
    const fresh = computeRow(p, input, ledger, existing?.row, problems);
    if (existing && status === 'approved') {
      plan.counts.approved++;
      dueRows.push(existing.cells);
      const changed = MONEY_COMPARED.some((f) => !sameCell(existing.cells[f], fresh[f]));
      const drift = changed
        ? `${DRIFT} the total due would now be ${typeof fresh.totalDue === 'number' ? money(fresh.totalDue) : 'not computable'} (set Status to pending and prepare again to update it)`
        : undefined;
      const notes = withNote(existing.cells.notes, DRIFT, drift);
      if (!sameCell(notes, existing.cells.notes)) plan.writes.set(existing.row, { notes });
      if (drift)
        problems.push(`${p.id} ${month} is approved and was not changed: ${drift.slice(DRIFT.length + 1)}.`);
      continue;
    }
    const row = existing ? existing.row : nextRow++;
    const entries = parseClawbackEntries(fresh.clawbackFor) ?? [];
    if (entries.length) ledger.entries.set(row, { id: p.id, entries });
    else ledger.entries.delete(row);
    if (typeof fresh.clawback === 'number' && fresh.clawback > 0) {
      plan.counts.clawbacks++;
      plan.counts.clawedBack = cents(plan.counts.clawedBack + fresh.clawback);
    }
    dueRows.push(fresh);
    if (existing && PAYOUT_FIELDS.every((f) => sameCell(existing.cells[f], fresh[f]))) {
      plan.counts.unchanged++;
      continue;
    }
    plan.writes.set(row, fresh);
    plan.wholeRows.add(row);
    if (existing) plan.counts.updated++;
    else plan.counts.added++;
  }
  for (const due of dueRows) {
    if (typeof due.totalDue === 'number') plan.counts.totalDue = cents(plan.counts.totalDue + due.totalDue);
  }
  showOnPaidRows(input.sales, ledger, plan.writes);
  reportStrays(input, ledger, seen, problems);
  return plan;
}

/** Results for partnerships the Pipeline does not have, and pending rows left without a partnership. */
function reportStrays(
  input: PayoutInput,
  ledger: Ledger,
  seen: ReadonlySet<string>,
  problems: string[],
): void {
  const suffix = `|${input.month}`;
  const unknown: string[] = [];
  for (const key of input.sales.keys()) {
    if (!key.endsWith(suffix)) continue;
    const id = key.slice(0, -suffix.length);
    if (!input.pipelineIds.has(id)) unknown.push(id);
  }
  if (unknown.length)
    problems.push(
      `Results for ${input.month} name ${quantity(unknown.length, 'partnership')} not in the Pipeline (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', ...' : ''}): no payout rows for them.`,
    );
  for (const [key, record] of ledger.byKey) {
    if (!key.endsWith(suffix) || seen.has(idOf(record))) continue;
    if (parseStatus(record.cells.status) !== 'pending') continue;
    problems.push(
      `Payouts row ${record.row} (${idOf(record)} ${input.month}) is pending but the partnership is not paid for ${input.month} any more (not in the Pipeline, or outside its dates): left as it is.`,
    );
  }
}
