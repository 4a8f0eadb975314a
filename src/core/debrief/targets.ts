/**
 * The brief's success-metric targets and term, read from what the brief builder wrote: the
 * `Brief P-0001` sheet (label / value rows, shared by everyone) or, when there is no sheet yet, the
 * user's kept draft. Labels come from the brief's own schema, so a renamed field is found again.
 */
import { parseCount, parseIsoDate, parseMoney, parsePercent } from '../brief/check';
import type { BriefDraft } from '../brief/draft';
import { BRIEF_SECTIONS } from '../brief/sections';
import type { YearMonth } from '../months';
import { describeValue, isBlank, isDate, textKey } from '../values';

export const TARGET_KEYS = [
  'targetContentOutput',
  'targetReach',
  'targetEngagementRate',
  'targetAttributedSales',
  'targetLifetimeValue',
] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export interface BriefTargets {
  readonly targets: Partial<Record<TargetKey, number>>;
  /** The briefed term in calendar months, when the brief has a start (and end) date. */
  readonly start?: YearMonth;
  readonly end?: YearMonth;
  /** Where the targets came from, for the debrief's header. */
  readonly from: string;
  /** Targets that could not be read, named. */
  readonly problems: string[];
}

const fieldOf = (key: string) => BRIEF_SECTIONS.flatMap((s) => s.fields).find((f) => f.key === key)!;
export const targetLabel = (key: TargetKey): string => fieldOf(key).label;

const parsers: Record<string, (text: string) => number | undefined> = {
  count: parseCount,
  percent: parsePercent,
  money: parseMoney,
};

/**
 * From the brief sheet's values (A: label, B: value). A number cell is the number (a percent cell
 * holds 0.045 for 4.5%); text is parsed as the brief builder would; anything else is named.
 */
export function targetsFromBriefSheet(
  values: readonly (readonly unknown[])[],
  sheetName: string,
  toYearMonth: (date: Date) => YearMonth,
): BriefTargets {
  const byLabel = new Map<string, unknown>();
  for (const row of values) {
    const key = textKey(row[0]);
    if (key !== '' && !byLabel.has(key)) byLabel.set(key, row[1]);
  }
  const targets: Partial<Record<TargetKey, number>> = {};
  const problems: string[] = [];
  for (const key of TARGET_KEYS) {
    const field = fieldOf(key);
    const value = byLabel.get(textKey(field.label));
    if (isBlank(value)) continue;
    const parsed =
      typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? value
        : typeof value === 'string'
          ? parsers[field.kind](value)
          : undefined;
    if (parsed === undefined) problems.push(`${field.label} target ${describeValue(value)} is not a number`);
    else targets[key] = parsed;
  }
  const month = (label: string) => {
    const value = byLabel.get(textKey(label));
    if (isDate(value)) return toYearMonth(value);
    return typeof value === 'string' ? isoMonth(value) : undefined;
  };
  return {
    targets,
    start: month(fieldOf('startDate').label),
    end: month(fieldOf('endDate').label),
    from: `sheet "${sheetName}"`,
    problems,
  };
}

function isoMonth(text: string): YearMonth | undefined {
  const d = parseIsoDate(text);
  return d ? { year: d.year, month: d.month } : undefined;
}

/** From a kept draft (text as typed), when no brief sheet was written yet. */
export function targetsFromDraft(draft: BriefDraft): BriefTargets {
  const targets: Partial<Record<TargetKey, number>> = {};
  const problems: string[] = [];
  for (const key of TARGET_KEYS) {
    const field = fieldOf(key);
    const text = draft.values[key] ?? '';
    if (text.trim() === '') continue;
    const parsed = parsers[field.kind](text);
    if (parsed === undefined) problems.push(`${field.label} target ${describeValue(text)} is not a number`);
    else targets[key] = parsed;
  }
  return {
    targets,
    start: isoMonth(draft.values.startDate ?? ''),
    end: isoMonth(draft.values.endDate ?? ''),
    from: 'your brief draft (no brief sheet was written yet)',
    problems,
  };
}

export const NO_TARGETS: BriefTargets = {
  targets: {},
  from: 'no brief: neither a brief sheet nor a draft was found',
  problems: [],
};
