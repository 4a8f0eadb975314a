/**
 * The debrief as the dialog shows it (plain JSON, text already formatted), and what writing one
 * returns. The page sets these strings with textContent only.
 */
import type { FieldError } from '../brief/check';
import type { DebriefResult, MetricFormat } from './debrief';

export interface DebriefMetricView {
  readonly label: string;
  readonly indicator: 'Leading' | 'Lagging';
  readonly target: string;
  readonly actual: string;
  readonly result: string;
}

export interface DebriefPreview {
  readonly targetsFrom: string;
  readonly months: number;
  readonly metrics: readonly DebriefMetricView[];
  readonly roi: string;
  readonly suggestion: string;
  readonly reasons: readonly string[];
}

export type WriteDebriefResult =
  | {
      readonly ok: true;
      readonly sheetName: string;
      readonly message: string;
      readonly suggestion: string;
      readonly reasons: readonly string[];
      /** The targets against actuals with what was typed (pieces published, lifetime value). */
      readonly preview: DebriefPreview;
    }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** 1234.5 -> "1,234.50" (no Intl: the same text in every runtime). */
function grouped(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${withCommas}${fraction ? `.${fraction}` : ''}`;
}

export function formatMetric(format: MetricFormat, value: number | undefined): string {
  if (value === undefined) return '';
  if (format === 'money') return `${value < 0 ? '-' : ''}$${grouped(Math.abs(value), 2)}`;
  if (format === 'percent') return `${grouped(value * 100, 1)}%`;
  return grouped(value, Number.isInteger(value) ? 0 : 2);
}

const RESULT: Record<string, string> = {
  met: 'Met',
  missed: 'Missed',
  'no target': 'No target',
  'not measured': 'Not measured',
};

export function debriefPreview(result: DebriefResult, targetsFrom: string, months: number): DebriefPreview {
  const roi = result.roi;
  return {
    targetsFrom,
    months,
    metrics: result.metrics.map((m) => ({
      label: m.label,
      indicator: m.indicator === 'leading' ? 'Leading' : 'Lagging',
      target: formatMetric(m.format, m.target),
      actual: formatMetric(m.format, m.actual),
      result: RESULT[m.verdict],
    })),
    roi: roi.ok
      ? `Actual ROI ${formatMetric('percent', roi.actualRoi)} against ${formatMetric('percent', roi.baseRoi)} in the Base scenario (${roi.baseMultiple}x)`
      : `ROI not measured: ${roi.problem}`,
    suggestion: result.suggestion,
    reasons: result.reasons,
  };
}
