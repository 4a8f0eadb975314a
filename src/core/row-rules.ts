/**
 * The partnership lifecycle rules: what a Pipeline row must hold at each stage. A row at a stage
 * must meet the requirements of that stage and of every stage before it. The one source of truth
 * for the onEdit trigger and the menu's "Validate all rows".
 */
import { checklistWarnings, type Ticks } from './checklists';
import { disclosureProblems } from './disclosure';
import { type Finding, Findings } from './findings';
import {
  PIPELINE_COLUMNS,
  type PipelineField,
  type PipelineRow,
  parseStage,
  STAGES,
  type Stage,
  stageIndex,
} from './pipeline';
import { type StageRecord, stageMove } from './stage-record';
import {
  describeValue,
  isBlank,
  isDate,
  RowError,
  toNonNegative,
  toNumber,
  toNumberInRange,
  toRate,
} from './values';

interface RowContext {
  /** Now, in milliseconds since the epoch. */
  readonly now: number;
  /** The row's stage record from its last validation, when the row has an ID that was seen before. */
  readonly previous?: StageRecord;
  /** Share of all attributed sales held by this row's producer, when over the limit. */
  readonly overRelianceShare?: number;
  /** Rule columns missing from the sheet: reported instead of the rules that need them. */
  readonly missingFields?: readonly PipelineField[];
  /** The partnership's checklist ticks, when the spreadsheet keeps checklists (none: no warning). */
  readonly checklistTicks?: Ticks;
}

interface RowVerdict {
  readonly findings: Finding[];
  /** The stage record to keep for the row (undefined when the row has no valid stage). */
  readonly record?: StageRecord;
}

const MAX_REVISION_ROUNDS = 2;
const CHECK_IN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const name = (field: PipelineField): string => PIPELINE_COLUMNS[field];

/** Fields that say nothing about a partnership on their own: the add-on's and the formulas' columns. */
const PASSIVE_FIELDS = new Set<PipelineField>(['id', 'status', 'score', 'payout']);

/** A row with nothing a person typed (an unticked box counts as nothing) gets no Status. */
export function isBlankRow(row: PipelineRow): boolean {
  for (const field of Object.keys(row) as PipelineField[]) {
    if (PASSIVE_FIELDS.has(field)) continue;
    const value = row[field];
    if (!isBlank(value) && value !== false) return false;
  }
  return true;
}

/** Checkbox cells: TRUE/FALSE, and the text people type instead ("yes", "x"). */
export function parseTick(value: unknown, field: PipelineField): boolean {
  if (value === true || value === false) return value;
  if (isBlank(value)) return false;
  if (typeof value === 'string') {
    const key = value.trim().toLowerCase();
    if (['true', 'yes', 'y', 'x', '✓', '✔'].includes(key)) return true;
    if (['false', 'no', 'n'].includes(key)) return false;
  }
  throw new RowError(`${name(field)} must be ticked or not (got ${describeValue(value)})`);
}

function parseDate(value: unknown, field: PipelineField): Date | undefined {
  if (isBlank(value)) return undefined;
  if (isDate(value)) return value;
  throw new RowError(`${name(field)} must be a date (got ${describeValue(value)})`);
}

const REQUIRED_UTM = ['utm_source', 'utm_medium', 'utm_campaign'];

/** An http(s) URL whose query carries utm_source, utm_medium and utm_campaign with values. */
export function utmProblem(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  // The host, then nothing or a "/", "?" or "#" and the rest: unambiguous, so linear in the length
  // (host characters could also match a following `[^\s]*`, which backtracked quadratically).
  if (!/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(text)) {
    return `UTM link must be an http(s) URL (got ${describeValue(value)})`;
  }
  const query = text.split('#')[0].split('?').slice(1).join('?');
  const present = new Set<string>();
  for (const pair of query.split('&')) {
    const [key, val] = pair.split('=');
    let decoded = key;
    try {
      decoded = decodeURIComponent(key);
    } catch {
      // A malformed escape is just not a utm key.
    }
    if (val !== undefined && val !== '') present.add(decoded.toLowerCase());
  }
  const missing = REQUIRED_UTM.filter((key) => !present.has(key));
  return missing.length ? `UTM link is missing ${missing.join(', ')}` : undefined;
}

/** Whole days from `date` to `now`. */
function daysSince(date: Date, now: number): number {
  return Math.floor((now - date.getTime()) / DAY_MS);
}

/** One row under check: its cells, the columns the sheet lacks, and what was found so far. */
class RowCheck {
  readonly findings = new Findings();
  constructor(
    readonly row: PipelineRow,
    readonly missing: ReadonlySet<PipelineField>,
  ) {}
  /** The column exists (a missing one is reported once, not rule by rule). */
  has(field: PipelineField): boolean {
    return !this.missing.has(field);
  }
  /** The column exists and its cell holds something. */
  filled(field: PipelineField): boolean {
    return this.has(field) && !isBlank(this.row[field]);
  }
  /** The column exists and its cell is blank. */
  blank(field: PipelineField): boolean {
    return this.has(field) && isBlank(this.row[field]);
  }
  /** A requirement: a blank cell is an error naming the column. */
  need(field: PipelineField): void {
    if (this.blank(field)) this.findings.error(`${name(field)} missing`);
  }
}

/** What the always-rules read once and the stage rules reuse. */
interface RowFacts {
  readonly rounds?: number;
  readonly lastCheckIn?: Date;
  /** Ticked, or unreadable (already an error) or in a missing column (already reported). */
  readonly contractSigned: boolean;
  readonly disclosure: boolean;
  readonly debriefDone: boolean;
}

function checkProducerAndStage(check: RowCheck): Stage | undefined {
  const { row, findings } = check;
  if (check.blank('producer')) findings.error('Producer missing');
  if (!check.has('stage')) return undefined;
  if (isBlank(row.stage)) {
    findings.error('Stage missing');
    return undefined;
  }
  const stage = parseStage(row.stage);
  if (!stage) findings.error(`Stage ${describeValue(row.stage)} is not one of ${STAGES.join(', ')}`);
  return stage;
}

function checkNumbers(check: RowCheck): void {
  const { row, findings } = check;
  for (const field of ['relevance', 'resonance', 'reliability'] as const) {
    if (check.filled(field)) findings.check(() => toNumberInRange(row[field], name(field), 0, 5));
  }
  if (check.filled('commission')) findings.check(() => toRate(row.commission, name('commission')));
  for (const field of ['baseFee', 'audienceSize', 'attributedSales'] as const) {
    if (check.filled(field)) findings.check(() => toNonNegative(row[field], name(field)));
  }
}

function checkRevisionRounds(check: RowCheck): number | undefined {
  if (!check.filled('revisionRounds')) return undefined;
  return check.findings.check(() => {
    const n = toNumber(check.row.revisionRounds, name('revisionRounds'));
    if (!Number.isInteger(n) || n < 0) {
      throw new RowError(`Revision rounds must be a whole number of 0 or more (got ${describeValue(n)})`);
    }
    return n;
  });
}

/** Dates must be dates and the end not before the start; returns the last check-in. */
function checkDates(check: RowCheck): Date | undefined {
  const { findings } = check;
  const date = (field: PipelineField) =>
    check.has(field) ? findings.check(() => parseDate(check.row[field], field)) : undefined;
  const start = date('startDate');
  const end = date('endDate');
  if (start && end && end.getTime() < start.getTime()) {
    findings.error(`End date ${describeValue(end)} is before Start date ${describeValue(start)}`);
  }
  return date('lastCheckIn');
}

function checkUtmLink(check: RowCheck): void {
  if (!check.filled('utmLink')) return;
  const problem = utmProblem(check.row.utmLink);
  if (problem) check.findings.error(problem);
}

function readTick(check: RowCheck, field: PipelineField): boolean {
  if (!check.has(field)) return true;
  return check.findings.check(() => parseTick(check.row[field], field)) ?? true;
}

/** The rules that apply at every stage; returns what the stage rules need. */
function checkAlways(check: RowCheck): RowFacts {
  checkNumbers(check);
  const rounds = checkRevisionRounds(check);
  const lastCheckIn = checkDates(check);
  checkUtmLink(check);
  return {
    rounds,
    lastCheckIn,
    contractSigned: readTick(check, 'contractSigned'),
    disclosure: readTick(check, 'disclosure'),
    debriefDone: readTick(check, 'debriefDone'),
  };
}

/** Each stage's own requirements, in lifecycle order; a row meets those of its stage and all before. */
const STAGE_REQUIREMENTS: ReadonlyArray<readonly [Stage, (check: RowCheck, facts: RowFacts) => void]> = [
  [
    'Negotiation',
    (check) => {
      const unvetted = (['relevance', 'resonance', 'reliability'] as const).filter((f) => check.blank(f));
      if (unvetted.length) {
        check.findings.error(
          `${unvetted.map(name).join(', ')} missing (vet the producer before Negotiation)`,
        );
      }
    },
  ],
  [
    'Onboarding',
    (check, facts) => {
      if (check.blank('baseFee') && check.blank('commission'))
        check.findings.error('Base fee or Commission missing');
      if (!facts.contractSigned) check.findings.error('Contract not signed');
      check.need('startDate');
    },
  ],
  [
    'Co-creation',
    (check, facts) => {
      check.need('brief');
      check.need('usageRights');
      if (facts.rounds !== undefined && facts.rounds > MAX_REVISION_ROUNDS) {
        check.findings.warning(`${facts.rounds} revision rounds (max ${MAX_REVISION_ROUNDS})`);
      }
    },
  ],
  [
    'Promotion',
    (check, facts) => {
      if (!facts.disclosure) check.findings.error('Disclosure missing');
      check.need('utmLink');
      checkCaption(check);
    },
  ],
  ['Measurement', (check) => check.need('attributedSales')],
  [
    'Renewal',
    (check, facts) => {
      if (!facts.debriefDone) check.findings.error('Debrief not done');
    },
  ],
  ['Exit', (check) => check.need('endDate')],
];

/**
 * The optional Caption column, when the sheet has one: DISCLOSURE_CHECK's findings as warnings
 * (the Disclosure tick stays the requirement: a caption cannot show what a video says).
 */
function checkCaption(check: RowCheck): void {
  const caption = check.row.caption;
  if ((typeof caption !== 'string' && typeof caption !== 'number') || isBlank(caption)) return;
  for (const problem of disclosureProblems(String(caption))) {
    check.findings.warning(`Caption ${problem}`);
  }
}

/** Active rows (Onboarding to Renewal) are checked in with at least every CHECK_IN_DAYS days. */
function checkCheckIn(check: RowCheck, stage: Stage, lastCheckIn: Date | undefined, now: number): void {
  const at = stageIndex(stage);
  const active = at >= stageIndex('Onboarding') && at <= stageIndex('Renewal');
  if (!active || !check.has('lastCheckIn')) return;
  if (isBlank(check.row.lastCheckIn)) {
    check.findings.warning(`no check-in recorded (check in every ${CHECK_IN_DAYS} days)`);
  } else if (lastCheckIn) {
    const days = daysSince(lastCheckIn, now);
    if (days > CHECK_IN_DAYS)
      check.findings.warning(`last check-in ${days} days ago (over ${CHECK_IN_DAYS})`);
  }
}

export function validateRow(row: PipelineRow, context: RowContext): RowVerdict {
  const check = new RowCheck(row, new Set(context.missingFields ?? []));
  const { findings } = check;
  for (const field of check.missing) findings.error(`column "${name(field)}" is missing`);
  const stage = checkProducerAndStage(check);
  const facts = checkAlways(check);
  if (!stage) return { findings: findings.list };

  const at = stageIndex(stage);
  for (const [from, requirements] of STAGE_REQUIREMENTS) {
    if (at >= stageIndex(from)) requirements(check, facts);
  }
  checkCheckIn(check, stage, facts.lastCheckIn, context.now);

  const record = stageMove(context.previous, stage);
  if (record.skipped.length) findings.warning(`skipped ${record.skipped.join(', ')}`);
  if (context.overRelianceShare !== undefined) {
    findings.warning(
      `producer holds ${Math.round(context.overRelianceShare * 100)}% of attributed sales (over-reliance)`,
    );
  }
  if (context.checklistTicks) {
    for (const warning of checklistWarnings(stage, context.checklistTicks)) findings.warning(warning);
  }
  return { findings: findings.list, record };
}
