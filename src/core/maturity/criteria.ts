/** The ten maturity criteria: each turns one figure of the workbook's evidence into the level it supports. */

import type { PipelineField } from '../lifecycle/pipeline';
import { quantity } from '../messages';
import type { Evidence, MaturityInput } from './evidence';
import { type Criterion, type Level, levelAtLeast, percent, shareCriterion } from './levels';
import { STEPS } from './steps';

const DAYS_PER_MONTH = 365.25 / 12;

const RENEWED_BARS = [0.2, 0.4] as const;
const LENGTH_MONTHS_BARS = [3, 6] as const;
const ACTUAL_MONTHS_BARS = [1, 6] as const;

export function measureCriteria(e: Evidence, input: MaturityInput): Criterion[] {
  const column = (field: PipelineField, header: string) => (e.missing.has(field) ? header : undefined);
  const list: Criterion[] = [
    shareCriterion(
      'Contracts signed',
      e.contract,
      'from Onboarding',
      [0.8, 0.95],
      STEPS.contracts,
      column('contractSigned', 'Contract signed'),
    ),
    shareCriterion(
      'Briefs written',
      e.brief,
      'from Co-creation',
      [0.8, 0.95],
      STEPS.briefs,
      column('brief', 'Brief'),
    ),
    shareCriterion(
      'UTM links',
      e.utm,
      'from Promotion',
      [0.8, 0.95],
      STEPS.utm,
      column('utmLink', 'UTM link'),
    ),
    shareCriterion(
      'Debriefs done',
      e.debrief,
      'at Renewal or Exit',
      [0.5, 0.9],
      STEPS.debriefs,
      column('debriefDone', 'Debrief done'),
    ),
    shareCriterion(
      'KPIs recorded (attributed sales)',
      e.kpi,
      'from Measurement',
      [0.8, 0.95],
      STEPS.kpis,
      column('attributedSales', 'Attributed sales'),
    ),
  ];

  const renewedThresholds = `operational from ${percent(RENEWED_BARS[0])}, strategic from ${percent(RENEWED_BARS[1])}`;
  if (e.cycledProducers === 0) {
    list.push({
      name: 'Producers renewed',
      figure: 'no producer has finished a partnership yet',
      level: 'experimental',
      thresholds: renewedThresholds,
      nextStep: STEPS.renewals.experimental,
    });
  } else {
    const share = e.renewedProducers / e.cycledProducers;
    const level = levelAtLeast(share, RENEWED_BARS[0], RENEWED_BARS[1]);
    list.push({
      name: 'Producers renewed',
      figure: `${percent(share)} (${e.renewedProducers} of ${e.cycledProducers} producers past Measurement or renewed)`,
      level,
      thresholds: renewedThresholds,
      nextStep: STEPS.renewals[level],
    });
  }

  const lengthThresholds = `operational from ${LENGTH_MONTHS_BARS[0]} months, strategic from ${LENGTH_MONTHS_BARS[1]} months`;
  if (e.lengthDays.count === 0) {
    list.push({
      name: 'Average partnership length',
      figure: 'no partnership from Onboarding has a Start date yet',
      level: 'experimental',
      thresholds: lengthThresholds,
      nextStep: STEPS.length.experimental,
    });
  } else {
    const months = e.lengthDays.sum / e.lengthDays.count / DAYS_PER_MONTH;
    const level = levelAtLeast(months, LENGTH_MONTHS_BARS[0], LENGTH_MONTHS_BARS[1]);
    list.push({
      name: 'Average partnership length',
      figure: `${months.toFixed(1)} months (${quantity(e.lengthDays.count, 'partnership')}, to End date or today)`,
      level,
      thresholds: lengthThresholds,
      nextStep: STEPS.length[level],
    });
  }

  const hhiThresholds = 'operational up to HHI 2,500, strategic below 1,500';
  const c = e.concentration;
  if (!c) {
    list.push({
      name: 'Producer concentration',
      figure: 'no attributed sales yet',
      level: 'experimental',
      thresholds: hhiThresholds,
      nextStep: STEPS.concentration.experimental,
    });
  } else {
    const level: Level =
      c.label === 'diversified' ? 'strategic' : c.label === 'moderate' ? 'operational' : 'experimental';
    const top = c.producers[0];
    list.push({
      name: 'Producer concentration',
      figure: `HHI ${Math.round(c.hhi).toLocaleString('en-US')}, ${c.label} (top: ${top.name}, ${percent(top.share)})`,
      level,
      thresholds: hhiThresholds,
      nextStep: STEPS.concentration[level],
    });
  }

  const { scheduled, everRun } = input.forecast;
  const forecastLevel: Level = scheduled ? 'strategic' : everRun ? 'operational' : 'experimental';
  list.push({
    name: 'Monthly forecast',
    figure: scheduled ? 'scheduled monthly' : everRun ? 'run by hand, not scheduled' : 'never run',
    level: forecastLevel,
    thresholds: 'operational once run, strategic when scheduled',
    nextStep: STEPS.forecast[forecastLevel],
  });

  const months = input.actualRows;
  const actualsLevel =
    months === undefined
      ? 'experimental'
      : levelAtLeast(months, ACTUAL_MONTHS_BARS[0], ACTUAL_MONTHS_BARS[1]);
  list.push({
    name: 'Actuals kept',
    figure:
      months === undefined ? 'no Actuals sheet' : `${months} ${months === 1 ? 'month' : 'months'} of actuals`,
    level: actualsLevel,
    thresholds: `operational from ${ACTUAL_MONTHS_BARS[0]} month, strategic from ${ACTUAL_MONTHS_BARS[1]} months`,
    nextStep: STEPS.actuals[actualsLevel],
  });
  return list;
}
