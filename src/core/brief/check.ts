/**
 * Checking a brief draft: each field by its kind, then the rules between fields. The same code runs
 * in the sidebar (errors beside their field as people type) and on the server, which is the
 * authority before anything is written. Also the derived parts: payout preview and UTM link.
 */

import { utmProblem } from '../lifecycle/row-cells';
import { type Commission, hybridPayout, parseTierTable } from '../payout/payout';
import { buildUtmLink } from '../tracking/utm';
import { parseNumericText } from '../values';
import { type BriefDraft, DELIVERABLE_COLUMNS, MAX_TEXT, TIER_COLUMNS } from './draft';
import { DEFAULT_REVIEW_ROUNDS, UTM_MEDIUM } from './fields';
import { BRIEF_FIELDS } from './sections';

export interface FieldError {
  /** A field key, or 'deliverables.0.item' / 'tiers.1.rate' for table cells. */
  readonly field: string;
  readonly message: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date typed as yyyy-mm-dd (what <input type="date"> sends), or undefined. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return { year, month, day };
}

/** An amount of 0 or more ("1,000", "$1,000.50"), or undefined. */
export function parseMoney(text: string): number | undefined {
  const n = parseNumericText(text);
  return n !== undefined && n >= 0 ? n : undefined;
}

/** A percentage typed in a "%" field: "10" and "10%" are both 0.1. Between 0 and 100%. */
export function parsePercent(text: string): number | undefined {
  const t = text.trim();
  const n = parseNumericText(t);
  if (n === undefined) return undefined;
  const rate = t.endsWith('%') ? n : n / 100;
  return rate >= 0 && rate <= 1 ? rate : undefined;
}

export function parseCount(text: string): number | undefined {
  const n = parseNumericText(text);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

const KIND_MESSAGES: Record<string, string> = {
  date: 'must be a date',
  money: 'must be an amount of 0 or more',
  percent: 'must be a percentage from 0 to 100',
  count: 'must be a whole number of 0 or more',
  url: 'must be an http(s) address without spaces',
};

const HTTP_URL = /^https?:\/\/[^\s/?#]+/i;

/** The most characters a value of a kind keeps: the one limit for briefs and for drafts. */
const textLimit = (kind: string): number => (kind === 'textarea' ? MAX_TEXT.long : MAX_TEXT.short);

function tooLong(kind: string, label: string, value: string): string | undefined {
  const limit = textLimit(kind);
  return value.length > limit
    ? `${label} is too long (${value.length} characters, at most ${limit})`
    : undefined;
}

/**
 * Every value of a draft longer than its field allows: the limits createBrief applies, checked
 * before a draft is kept, blank-looking text included.
 */
export function lengthProblems(draft: BriefDraft): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of BRIEF_FIELDS) {
    const problem = tooLong(field.kind, field.label, draft.values[field.key] ?? '');
    if (problem) errors.push({ field: field.key, message: problem });
  }
  const rows = [
    { name: 'deliverables', label: 'Deliverable', columns: DELIVERABLE_COLUMNS, list: draft.deliverables },
    { name: 'tiers', label: 'Tier', columns: TIER_COLUMNS, list: draft.tiers },
  ] as const;
  for (const { name, label, columns, list } of rows) {
    list.forEach((row, index) => {
      for (const column of columns) {
        const value = (row as Readonly<Record<string, string>>)[column.key] ?? '';
        const problem = tooLong(column.kind, `${label} ${index + 1}: ${column.label.toLowerCase()}`, value);
        if (problem) errors.push({ field: `${name}.${index}.${column.key}`, message: problem });
      }
    });
  }
  return errors;
}

/** The message for one value of a kind, or undefined when it is fine (blank is fine here). */
function kindProblem(
  kind: string,
  label: string,
  value: string,
  options?: readonly string[],
): string | undefined {
  const t = value.trim();
  if (t === '') return undefined;
  const long = tooLong(kind, label, value);
  if (long) return long;
  const bad =
    (kind === 'date' && parseIsoDate(t) === undefined) ||
    (kind === 'money' && parseMoney(t) === undefined) ||
    (kind === 'percent' && parsePercent(t) === undefined) ||
    (kind === 'count' && parseCount(t) === undefined) ||
    (kind === 'url' && (!HTTP_URL.test(t) || /\s/.test(t)));
  if (bad) return `${label} ${KIND_MESSAGES[kind]}`;
  if (kind === 'select' && options && !options.includes(t))
    return `${label} must be one of: ${options.join(', ')}`;
  return undefined;
}

const dayNumber = (text: string): number | undefined => {
  const d = parseIsoDate(text);
  return d ? Date.UTC(d.year, d.month - 1, d.day) : undefined;
};

/** The commission as the payout core takes it, or a message. */
export function commissionOf(draft: BriefDraft): { commission?: Commission; error?: FieldError } {
  const v = draft.values;
  if (v.commissionKind === 'Tiers') {
    if (draft.tiers.length === 0)
      return { error: { field: 'tiers', message: 'Add at least one commission tier' } };
    const rows = draft.tiers.map((row) => [
      parseMoney(row.from) ?? row.from,
      parsePercent(row.rate) ?? row.rate,
    ]);
    try {
      return { commission: { kind: 'tiers', tiers: parseTierTable(rows) } };
    } catch (error) {
      return { error: { field: 'tiers', message: `Commission ${(error as Error).message}` } };
    }
  }
  const rate = v.commissionRate.trim() === '' ? undefined : parsePercent(v.commissionRate);
  return rate === undefined ? {} : { commission: { kind: 'rate', rate } };
}

/**
 * The payout for the expected sales, by the same core as HYBRID_PAYOUT: base fee + min(commission
 * + bonus, cap). Undefined while the compensation is incomplete.
 */
export function payoutPreview(draft: BriefDraft): number | undefined {
  const v = draft.values;
  const base = v.baseFee.trim() === '' ? 0 : parseMoney(v.baseFee);
  const { commission, error } = commissionOf(draft);
  const sales = v.expectedSales.trim() === '' ? 0 : parseMoney(v.expectedSales);
  if (base === undefined || sales === undefined || error) return undefined;
  if (v.baseFee.trim() === '' && !commission) return undefined;
  const optional = (text: string) => (text.trim() === '' ? undefined : parseMoney(text));
  const threshold = optional(v.bonusThreshold);
  const bonus = optional(v.bonusAmount);
  const cap = optional(v.cap);
  if ([v.bonusThreshold, v.bonusAmount, v.cap].some((t) => t.trim() !== '' && optional(t) === undefined))
    return undefined;
  return hybridPayout({
    baseFee: base,
    commission: commission ?? { kind: 'rate', rate: 0 },
    sales,
    bonusThreshold: threshold,
    bonusAmount: bonus,
    cap,
  });
}

/**
 * UTM_LINK's builder with source = platform, medium = creator, campaign = the campaign name or the
 * ID, content = producer; throws unless the link passes the Pipeline's UTM rule.
 */
export function briefUtmLink(draft: BriefDraft, partnershipId: string): string {
  const v = draft.values;
  const link = buildUtmLink(v.landingUrl, {
    source: v.platform,
    medium: UTM_MEDIUM,
    campaign: v.utmCampaign.trim() || partnershipId,
    content: v.producer,
  });
  const problem = utmProblem(link);
  if (problem) throw new Error(problem);
  return link;
}

/**
 * The guide says to revisit the brief mid-campaign: halfway between launch and the end date,
 * when both are known and no review date was chosen.
 */
export function suggestedMidReview(draft: BriefDraft): string | undefined {
  if ((draft.values.midReviewDate ?? '').trim() !== '') return undefined;
  const launch = dayNumber(draft.values.launchDate ?? '');
  const end = dayNumber(draft.values.endDate ?? '');
  if (launch === undefined || end === undefined || end <= launch) return undefined;
  const DAY = 86400000;
  return new Date(launch + Math.floor((end - launch) / DAY / 2) * DAY).toISOString().slice(0, 10);
}

function checkFields(draft: BriefDraft, errors: FieldError[]): void {
  for (const field of BRIEF_FIELDS) {
    const value = draft.values[field.key] ?? '';
    if (field.required && value.trim() === '') {
      errors.push({ field: field.key, message: `${field.label} is required` });
      continue;
    }
    const problem = kindProblem(field.kind, field.label, value, field.options);
    if (problem) errors.push({ field: field.key, message: problem });
  }
}

function checkDeliverables(draft: BriefDraft, errors: FieldError[]): void {
  const filled = draft.deliverables
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => DELIVERABLE_COLUMNS.some((c) => row[c.key].trim() !== '' && c.key !== 'count'));
  if (filled.length === 0) {
    errors.push({ field: 'deliverables', message: 'Add at least one deliverable' });
    return;
  }
  for (const { row, index } of filled) {
    const at = (key: string) => `deliverables.${index}.${key}`;
    if (row.item.trim() === '')
      errors.push({ field: at('item'), message: `Deliverable ${index + 1}: item is required` });
    for (const column of DELIVERABLE_COLUMNS) {
      const problem = kindProblem(
        column.kind,
        `Deliverable ${index + 1}: ${column.label.toLowerCase()}`,
        row[column.key],
      );
      if (problem) errors.push({ field: at(column.key), message: problem });
    }
    const draftDay = dayNumber(row.draftDate);
    const liveDay = dayNumber(row.goLiveDate);
    if (draftDay !== undefined && liveDay !== undefined && liveDay < draftDay)
      errors.push({
        field: at('goLiveDate'),
        message: `Deliverable ${index + 1}: go-live is before the draft date`,
      });
  }
}

function order(
  errors: FieldError[],
  draft: BriefDraft,
  earlier: string,
  later: string,
  message: string,
): void {
  const a = dayNumber(draft.values[earlier] ?? '');
  const b = dayNumber(draft.values[later] ?? '');
  if (a !== undefined && b !== undefined && b < a) errors.push({ field: later, message });
}

/** Every problem with a draft; an empty list means the brief can be written. */
export function checkBrief(draft: BriefDraft, partnershipId: string): FieldError[] {
  const errors: FieldError[] = [];
  const v = draft.values;
  checkFields(draft, errors);
  checkDeliverables(draft, errors);
  const has = (key: string) => errors.some((e) => e.field === key);

  order(errors, draft, 'startDate', 'endDate', 'End date is before the start date');
  order(errors, draft, 'kickoffDate', 'launchDate', 'Launch is before the kickoff call');
  order(errors, draft, 'launchDate', 'midReviewDate', 'Mid-campaign review is before the launch');
  order(errors, draft, 'midReviewDate', 'endDate', 'End date is before the mid-campaign review');

  const rounds = parseCount(v.reviewRounds);
  if (rounds !== undefined && rounds > DEFAULT_REVIEW_ROUNDS && v.extraRoundsConfirmed !== 'yes') {
    errors.push({
      field: 'extraRoundsConfirmed',
      message: `${rounds} review rounds is more than the ${DEFAULT_REVIEW_ROUNDS} the guide advises: tick to confirm`,
    });
  }

  const { commission, error } = commissionOf(draft);
  if (error) errors.push(error);
  if (!has('baseFee') && !has('commissionRate') && !error && v.baseFee.trim() === '' && !commission)
    errors.push({ field: 'baseFee', message: 'Give a base fee, a commission, or both' });
  if ((v.bonusThreshold.trim() === '') !== (v.bonusAmount.trim() === ''))
    errors.push({
      field: v.bonusThreshold.trim() === '' ? 'bonusThreshold' : 'bonusAmount',
      message: 'A bonus needs both a threshold and an amount',
    });

  const leading = ['targetContentOutput', 'targetReach', 'targetEngagementRate'];
  const lagging = ['targetAttributedSales', 'targetLifetimeValue'];
  if (leading.every((key) => v[key].trim() === ''))
    errors.push({ field: 'targetContentOutput', message: 'Set a target for at least one leading indicator' });
  if (lagging.every((key) => v[key].trim() === ''))
    errors.push({
      field: 'targetAttributedSales',
      message: 'Set a target for at least one lagging indicator',
    });

  if (v.landingUrl.trim() !== '' && !has('landingUrl') && !has('platform')) {
    try {
      briefUtmLink(draft, partnershipId);
    } catch (e) {
      errors.push({ field: 'landingUrl', message: (e as Error).message });
    }
  }
  return errors;
}
