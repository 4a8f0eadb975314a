/**
 * The Assumptions sheet: labelled forecast inputs with defaults (the guide's 3x to 5x returns,
 * 15% hidden costs, a three-month ramp). Labels are matched case- and space-insensitively.
 */
export const ASSUMPTIONS_SHEET = 'Assumptions';

export const ASSUMPTIONS_HEADER = ['Assumption', 'Value', 'Notes'] as const;

export type AssumptionKey =
  | 'months'
  | 'startMonth'
  | 'hiddenCostRate'
  | 'rampMonths'
  | 'conservativeMultiple'
  | 'baseMultiple'
  | 'optimisticMultiple'
  | 'plannedPerMonth'
  | 'plannedCompensation'
  | 'currency';

interface AssumptionSpec {
  readonly key: AssumptionKey;
  readonly label: string;
  /** Default value; the text "this month" is read as the month of each run. */
  readonly defaultValue: number | 'this month' | string;
  readonly numberFormat: string;
  readonly note: string;
}

export const ASSUMPTIONS: readonly AssumptionSpec[] = [
  {
    key: 'months',
    label: 'Months to forecast',
    defaultValue: 12,
    numberFormat: '0',
    note: 'Whole number, 1 to 120.',
  },
  {
    key: 'startMonth',
    label: 'Start month',
    defaultValue: 'this month',
    numberFormat: 'mmm yyyy',
    note: 'First month of the forecast: a date, or "this month" to move with the calendar.',
  },
  {
    key: 'hiddenCostRate',
    label: 'Hidden cost rate',
    defaultValue: 0.15,
    numberFormat: '0%',
    note: 'Legal fees, product samples and team time, as a share of compensation.',
  },
  {
    key: 'rampMonths',
    label: 'Ramp months',
    defaultValue: 3,
    numberFormat: '0',
    note: 'Months until a program reaches its full return.',
  },
  {
    key: 'conservativeMultiple',
    label: 'Conservative return multiple',
    defaultValue: 3,
    numberFormat: '0.0"x"',
    note: 'Attributed revenue / compensation at full speed.',
  },
  {
    key: 'baseMultiple',
    label: 'Base return multiple',
    defaultValue: 4,
    numberFormat: '0.0"x"',
    note: 'Well-run programs return 3x to 5x.',
  },
  {
    key: 'optimisticMultiple',
    label: 'Optimistic return multiple',
    defaultValue: 5,
    numberFormat: '0.0"x"',
    note: '',
  },
  {
    key: 'plannedPerMonth',
    label: 'New partnerships per month',
    defaultValue: 0,
    numberFormat: '0',
    note: 'Planned new partnerships added each month.',
  },
  {
    key: 'plannedCompensation',
    label: 'Planned monthly compensation',
    defaultValue: 1000,
    numberFormat: '#,##0.00',
    note: 'Average monthly compensation of a planned partnership.',
  },
  {
    key: 'currency',
    label: 'Currency',
    defaultValue: 'USD',
    numberFormat: '@',
    note: 'Three-letter code of every amount (fees, sales): Import results refuses a file in another currency.',
  },
];

/**
 * The workbook's currency from the Assumptions sheet's label/value rows: the Currency value as an
 * upper-case code, null when the row is missing or blank, undefined-free so callers name the case.
 */
export function assumptionsCurrency(rows: readonly (readonly unknown[])[]): string | null {
  const label = ASSUMPTIONS.find((spec) => spec.key === 'currency')!.label.toLowerCase();
  for (const [cell, value] of rows) {
    if (
      String(cell ?? '')
        .trim()
        .toLowerCase() !== label
    )
      continue;
    const code = String(value ?? '')
      .trim()
      .toUpperCase();
    return code === '' ? null : code;
  }
  return null;
}
