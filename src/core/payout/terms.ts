/**
 * A partnership's payout terms, as the Payouts sheet applies them. The Pipeline's Base fee and
 * Commission are the live terms (the brief is pre-filled from them and the Pipeline's Payout column
 * computes from them); the brief sheet "Brief P-0001", the document agreed with the producer, is
 * the only place that holds a tier table, a bonus and a cap, so those come from it when it exists.
 * The tier mode comes from an optional Pipeline column "Tier mode" (the brief has none; blank is
 * marginal, as the brief's own payout preview computes). Brief drafts are never read: they are
 * kept per user, so another person preparing payouts would see different terms.
 */
import { briefTitlePrefix } from '../brief/document';
import { TIER_COLUMNS } from '../brief/draft';
import { BRIEF_SECTIONS } from '../brief/sections';
import { isBlank, parseNumericText, toNonNegative, toRate } from '../values';
import { type Commission, parseTierMode, parseTierTable, variablePayout } from './payout';

/** Optional Pipeline column read by the payouts (found by header, never added by Set up). */
export const TIER_MODE_HEADER = 'Tier mode';

export interface DealTerms {
  readonly baseFee: number;
  readonly commission: Commission;
  readonly bonusThreshold?: number;
  readonly bonusAmount?: number;
  readonly cap?: number;
}

/** The compensation lines of a brief sheet, as the cells hold them (numbers, or text a person typed). */
export interface BriefCompensation {
  readonly baseFee?: unknown;
  readonly kind?: unknown;
  readonly rate?: unknown;
  readonly tiers?: readonly (readonly unknown[])[];
  readonly bonusThreshold?: unknown;
  readonly bonusAmount?: unknown;
  readonly cap?: unknown;
}

const COMPENSATION = BRIEF_SECTIONS.find((s) => s.key === 'compensation')!;
const SECTION_TITLES = new Set(BRIEF_SECTIONS.map((s) => s.title));
const labelOf = (key: string) => COMPENSATION.fields.find((f) => f.key === key)!.label;
const LABELS: ReadonlyArray<[keyof BriefCompensation, string]> = [
  ['baseFee', labelOf('baseFee')],
  ['kind', labelOf('commissionKind')],
  ['rate', labelOf('commissionRate')],
  ['bonusThreshold', labelOf('bonusThreshold')],
  ['bonusAmount', labelOf('bonusAmount')],
  ['cap', labelOf('cap')],
];
const TIER_HEADER = TIER_COLUMNS.map((c) => c.label);

/**
 * The Compensation section of a brief sheet's values (the layout src/core/brief/document.ts
 * writes: a heading row, then label/value rows and the tier table), or undefined when the sheet
 * does not hold this partnership's brief (its A1 is not the brief's title).
 */
export function briefCompensation(
  id: string,
  values: readonly (readonly unknown[])[],
): BriefCompensation | undefined {
  if (!String(values[0]?.[0] ?? '').startsWith(briefTitlePrefix(id))) return undefined;
  const start = values.findIndex((row) => row[0] === COMPENSATION.title);
  if (start < 0) return {};
  const found: Record<string, unknown> = {};
  const tiers: unknown[][] = [];
  let inTiers = false;
  for (let r = start + 1; r < values.length; r++) {
    const row = values[r];
    const label = row[0];
    if (typeof label === 'string' && SECTION_TITLES.has(label)) break;
    if (label === TIER_HEADER[0] && row[1] === TIER_HEADER[1]) {
      inTiers = true;
      continue;
    }
    const field = LABELS.find(([, text]) => text === label);
    if (field) {
      found[field[0]] = row[1];
      inTiers = false;
    } else if (inTiers && isTierStart(label)) tiers.push([row[0], row[1]]);
    else inTiers = false; // the table ends at the first line that is not a tier ("Payout at expected sales")
  }
  return { ...found, ...(tiers.length ? { tiers } : {}) };
}

/** A tier row starts with its sales_from: a number, or one typed as text. */
const isTierStart = (value: unknown): boolean =>
  typeof value === 'number' || (typeof value === 'string' && parseNumericText(value) !== undefined);

const money = (a: number) => a.toFixed(2);

/** The terms from a Pipeline row's cells and, when there is one, its brief; or the problem, named. */
export function dealTerms(
  pipeline: { readonly baseFee: unknown; readonly commission: unknown; readonly tierMode?: unknown },
  brief?: BriefCompensation,
): { terms?: DealTerms; problem?: string; notes: string[] } {
  const notes: string[] = [];
  try {
    const feeCell = isBlank(pipeline.baseFee) ? brief?.baseFee : pipeline.baseFee;
    const tiered = brief?.kind === 'Tiers' && brief.tiers !== undefined;
    const rateCell = isBlank(pipeline.commission) ? brief?.rate : pipeline.commission;
    if (isBlank(feeCell) && isBlank(rateCell) && !tiered)
      return { problem: 'the Pipeline has no Base fee and no Commission for it', notes };
    const baseFee = isBlank(feeCell) ? 0 : toNonNegative(feeCell, 'Base fee');
    if (brief && !isBlank(brief.baseFee) && !isBlank(pipeline.baseFee)) {
      const briefFee = toNonNegative(brief.baseFee, 'the brief’s Base fee');
      if (briefFee !== baseFee)
        notes.push(`the brief says base fee ${money(briefFee)}; the Pipeline’s ${money(baseFee)} is used`);
    }
    const mode = parseTierMode(pipeline.tierMode);
    const commission: Commission = tiered
      ? { kind: 'tiers', tiers: parseTierTable(brief!.tiers!), mode }
      : { kind: 'rate', rate: isBlank(rateCell) ? 0 : toRate(rateCell, 'Commission') };
    const optional = (value: unknown, name: string) =>
      isBlank(value) ? undefined : toNonNegative(value, `the brief’s ${name}`);
    const bonusThreshold = optional(brief?.bonusThreshold, 'bonus threshold');
    const bonusAmount = optional(brief?.bonusAmount, 'bonus amount');
    if ((bonusThreshold === undefined) !== (bonusAmount === undefined))
      return { problem: 'the brief’s bonus needs both a threshold and an amount', notes };
    return {
      terms: { baseFee, commission, bonusThreshold, bonusAmount, cap: optional(brief?.cap, 'cap') },
      notes,
    };
  } catch (error) {
    return { problem: (error as Error).message, notes };
  }
}

/** Money is paid in cents: every amount the Payouts sheet shows is rounded to two places. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** The variable part on sales (commission and bonus, capped), by HYBRID_PAYOUT's core, in cents. */
export function commissionFor(terms: DealTerms, sales: number): number {
  return cents(
    variablePayout(terms.commission, Math.max(0, sales), terms.bonusThreshold, terms.bonusAmount, terms.cap),
  );
}

/** A short line naming the terms, for statements: "base fee 1000.00 + 10%; bonus 500.00 from sales of 20000.00". */
export function describeTerms(terms: DealTerms): string {
  const pct = (rate: number) => `${cents(rate * 100)}%`;
  const commission =
    terms.commission.kind === 'rate'
      ? pct(terms.commission.rate)
      : `tiers ${terms.commission.tiers.map((t) => `${pct(t.rate)} from ${money(t.from)}`).join(', ')} (${terms.commission.mode ?? 'marginal'})`;
  const parts = [`base fee ${money(terms.baseFee)} + ${commission}`];
  if (terms.bonusThreshold !== undefined && terms.bonusAmount !== undefined)
    parts.push(`bonus ${money(terms.bonusAmount)} from sales of ${money(terms.bonusThreshold)}`);
  if (terms.cap !== undefined) parts.push(`commission and bonus capped at ${money(terms.cap)}`);
  return parts.join('; ');
}
