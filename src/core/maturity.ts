/**
 * The guide's maturity model (experimental, operational, strategic), assessed from the evidence in
 * the workbook rather than from a questionnaire. Each criterion turns one figure into the level it
 * supports; the program is at the lowest level all its criteria reach, and the criteria at that
 * level are what hold it back. Pure: the adapter (src/menu/maturity.ts) reads and writes.
 */
import { type Count, type Evidence, gatherEvidence, type MaturityInput } from './maturity-evidence';
import { quantity } from './messages';
import type { PipelineField } from './pipeline';

export type { MaturityInput } from './maturity-evidence';

export const MATURITY_SHEET = 'Maturity';
const LEVELS = ['experimental', 'operational', 'strategic'] as const;
export type Level = (typeof LEVELS)[number];

const DAYS_PER_MONTH = 365.25 / 12;

export interface Criterion {
  readonly name: string;
  /** The figure behind the level, as people read it ("85% (17 of 20 from Onboarding)"). */
  readonly figure: string;
  readonly level: Level;
  /** What each level asks for. */
  readonly thresholds: string;
  /** The guide's next step from this level. */
  readonly nextStep: string;
}

export type MaturityAssessment =
  | { readonly rated: false; readonly message: string }
  | {
      readonly rated: true;
      readonly overall: Level;
      /** Criteria at the overall level, when it is below strategic. */
      readonly heldBackBy: readonly string[];
      readonly criteria: readonly Criterion[];
      readonly rows: number;
    };

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The highest level whose bar the value clears (higher is better). */
function levelAtLeast(value: number, operational: number, strategic: number): Level {
  if (value >= strategic) return 'strategic';
  return value >= operational ? 'operational' : 'experimental';
}

type Steps = Readonly<Record<Level, string>>;

function shareCriterion(
  name: string,
  c: Count,
  scope: string,
  bars: readonly [number, number],
  steps: Steps,
  missingColumn?: string,
): Criterion {
  const thresholds = `operational from ${percent(bars[0])}, strategic from ${percent(bars[1])}`;
  if (missingColumn) {
    return {
      name,
      figure: `no evidence: column "${missingColumn}" is missing`,
      level: 'experimental',
      thresholds,
      nextStep: steps.experimental,
    };
  }
  if (c.of === 0) {
    return {
      name,
      figure: `no partnerships ${scope} yet`,
      level: 'experimental',
      thresholds,
      nextStep: steps.experimental,
    };
  }
  const share = c.have / c.of;
  const level = levelAtLeast(share, bars[0], bars[1]);
  return {
    name,
    figure: `${percent(share)} (${c.have} of ${c.of} ${scope})`,
    level,
    thresholds,
    nextStep: steps[level],
  };
}

const STEPS = {
  contracts: {
    experimental: 'Sign a contract (deliverables, usage rights, payment) before any work starts.',
    operational: 'Use one contract template for every partnership, so none starts unsigned.',
    strategic: 'Review the contract template yearly: usage rights, exclusivity, renewal terms.',
  },
  briefs: {
    experimental:
      'Write a brief for each partnership: goal and KPI, key messages, deliverables and dates, disclosure.',
    operational: 'Make the brief a required step before Co-creation.',
    strategic: 'Refresh the brief template with what the debriefs taught.',
  },
  utm: {
    experimental: 'Give every producer a tracking link (UTM_LINK) before they post.',
    operational: 'Build every link with UTM_LINK so source, medium and campaign stay consistent.',
    strategic: 'Compare producers by attributed sales per link every month.',
  },
  debriefs: {
    experimental: 'Hold a debrief when a partnership ends: results against the KPI, what to repeat.',
    operational: 'Debrief every partnership before deciding on renewal.',
    strategic: 'Feed what the debriefs teach into briefs and producer selection.',
  },
  kpis: {
    experimental: 'Record attributed sales for every partnership in Measurement.',
    operational: 'Record attributed sales for every measured partnership, every period.',
    strategic: "Use the observed return multiple (on the Forecast sheet) in the forecast's assumptions.",
  },
  renewals: {
    experimental: 'Renew the producers who performed: long-term partners outperform one-off posts.',
    operational: 'Turn the best performers into long-term ambassadors.',
    strategic: 'Keep a bench of long-term partners and review them every quarter.',
  },
  length: {
    experimental: 'Move from one-off posts to partnerships of three months or more.',
    operational: 'Offer terms of six months or more to producers who deliver.',
    strategic: 'Keep long terms, with a check-in at least every 30 days.',
  },
  concentration: {
    experimental: 'Recruit more producers so no one holds most of the sales.',
    operational: 'Keep adding producers until the HHI is below 1,500 (diversified).',
    strategic: 'Keep new producers in Discovery so the mix stays broad.',
  },
  forecast: {
    experimental: 'Run the monthly forecast from the menu to see cost, revenue and payback.',
    operational: 'Schedule the monthly forecast so it runs on the 1st of each month.',
    strategic: 'Review the forecast against actuals every month.',
  },
  actuals: {
    experimental: 'Keep an Actuals sheet (Month, Total cost, Revenue) to compare with the forecast.',
    operational: 'Record actuals every month: six months show the trend.',
    strategic: 'Adjust the assumptions where actuals and forecast differ.',
  },
} satisfies Record<string, Steps>;

const RENEWED_BARS = [0.2, 0.4] as const;
const LENGTH_MONTHS_BARS = [3, 6] as const;
const ACTUAL_MONTHS_BARS = [1, 6] as const;

function criteria(e: Evidence, input: MaturityInput): Criterion[] {
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

export const EMPTY_PIPELINE_MESSAGE =
  'The Pipeline has no partnerships yet, so there is nothing to rate: add rows, then assess again.';

export const NO_STAGE_MESSAGE =
  'The Pipeline has no "Stage" column, so no criterion can be measured: run Set up workbook, then assess again.';

export function assessMaturity(input: MaturityInput): MaturityAssessment {
  if (input.map.stage === undefined) return { rated: false, message: NO_STAGE_MESSAGE };
  const evidence = gatherEvidence(input);
  if (evidence.rows === 0) return { rated: false, message: EMPTY_PIPELINE_MESSAGE };
  const list = criteria(evidence, input);
  const lowest = Math.min(...list.map((c) => LEVELS.indexOf(c.level)));
  const overall = LEVELS[lowest];
  const heldBackBy =
    overall === 'strategic' ? [] : list.filter((c) => c.level === overall).map((c) => c.name);
  return { rated: true, overall, heldBackBy, criteria: list, rows: evidence.rows };
}

const MATURITY_HEADER = ['Criterion', 'Figure', 'Level', 'Thresholds', 'Next step'] as const;
export const MATURITY_WIDTH = MATURITY_HEADER.length;
/** Rows above the criteria: overall level, held back by, assessed at, rows, blank, header. */
const HEAD_ROWS = 6;
/** Every run writes the same rectangle, so a re-run (or a now-empty Pipeline) leaves nothing stale. */
export const MATURITY_HEIGHT = HEAD_ROWS + 10;

/** The Maturity sheet's content: MATURITY_HEIGHT rows of MATURITY_WIDTH cells. */
export function maturitySheetValues(assessment: MaturityAssessment, assessedAt: Date): unknown[][] {
  const row = (...cells: unknown[]) => [...cells, ...new Array(MATURITY_WIDTH - cells.length).fill('')];
  const values: unknown[][] = [];
  if (!assessment.rated) {
    values.push(
      row('Program maturity', 'not rated'),
      row('', assessment.message),
      row('Assessed', assessedAt),
    );
  } else {
    values.push(
      row('Program maturity', assessment.overall),
      row(
        'Held back by',
        assessment.heldBackBy.length
          ? assessment.heldBackBy.join(', ')
          : 'nothing: every criterion is strategic',
      ),
      row('Assessed', assessedAt),
      row('Pipeline rows', assessment.rows),
      row(),
      row(...MATURITY_HEADER),
      ...assessment.criteria.map((c) => row(c.name, c.figure, c.level, c.thresholds, c.nextStep)),
    );
  }
  while (values.length < MATURITY_HEIGHT) values.push(row());
  return values;
}
