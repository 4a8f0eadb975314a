/**
 * The partnership lifecycle rules: what a Pipeline row must hold at each stage. A row at a stage
 * must meet the requirements of that stage and of every stage before it. The one source of truth
 * for the onEdit trigger and the menu's "Validate all rows".
 */
import {
  PIPELINE_COLUMNS,
  type PipelineField,
  type PipelineRow,
  parseStage,
  STAGES,
  type Stage,
  stageIndex,
} from './pipeline';
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

export type Severity = 'error' | 'warning';
export interface Finding {
  readonly severity: Severity;
  readonly message: string;
}

/** The stage a row was last validated at, and the stages its last move skipped. Keyed by ID. */
export interface StageRecord {
  readonly stage: Stage;
  readonly skipped: readonly Stage[];
}

export interface RowContext {
  /** Now, in milliseconds since the epoch. */
  readonly now: number;
  /** The row's stage record from its last validation, when the row has an ID that was seen before. */
  readonly previous?: StageRecord;
  /** Share of all attributed sales held by this row's producer, when over the limit. */
  readonly overRelianceShare?: number;
  /** Rule columns missing from the sheet: reported instead of the rules that need them. */
  readonly missingFields?: readonly PipelineField[];
}

export interface RowVerdict {
  readonly findings: Finding[];
  /** The stage record to keep for the row (undefined when the row has no valid stage). */
  readonly record?: StageRecord;
}

export const MAX_REVISION_ROUNDS = 2;
export const CHECK_IN_DAYS = 30;
export const OVER_RELIANCE_SHARE = 0.5;
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

/**
 * A stage move as a record: a forward jump over stages is remembered (and warned about) until the
 * stage changes again. Exit may be reached from anywhere; Renewal may start a new cycle at
 * Negotiation, Onboarding or Co-creation; moving back is allowed.
 */
export function stageMove(previous: StageRecord | undefined, current: Stage): StageRecord {
  if (!previous) return { stage: current, skipped: [] };
  if (previous.stage === current) return previous;
  const from = stageIndex(previous.stage);
  const to = stageIndex(current);
  if (current === 'Exit' || previous.stage === 'Exit' || to <= from) return { stage: current, skipped: [] };
  if (previous.stage === 'Renewal') return { stage: current, skipped: [] };
  return { stage: current, skipped: STAGES.slice(from + 1, to) };
}

/** Whole days from `date` to `now`. */
export function daysSince(date: Date, now: number): number {
  return Math.floor((now - date.getTime()) / DAY_MS);
}

class Findings {
  readonly list: Finding[] = [];
  error(message: string): void {
    this.list.push({ severity: 'error', message });
  }
  warning(message: string): void {
    this.list.push({ severity: 'warning', message });
  }
  /** Runs a check whose RowError becomes an error finding; returns its value or undefined. */
  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (error instanceof RowError) {
        this.error(error.message);
        return undefined;
      }
      throw error;
    }
  }
}

export function validateRow(row: PipelineRow, context: RowContext): RowVerdict {
  const f = new Findings();
  const missing = new Set(context.missingFields ?? []);
  for (const field of missing) f.error(`column "${name(field)}" is missing`);
  const present = (field: PipelineField) => !missing.has(field) && !isBlank(row[field]);

  // Always.
  if (!missing.has('producer') && isBlank(row.producer)) f.error('Producer missing');
  let stage: Stage | undefined;
  if (!missing.has('stage')) {
    if (isBlank(row.stage)) f.error('Stage missing');
    else {
      stage = parseStage(row.stage);
      if (!stage) f.error(`Stage ${describeValue(row.stage)} is not one of ${STAGES.join(', ')}`);
    }
  }
  for (const field of ['relevance', 'resonance', 'reliability'] as const) {
    if (present(field)) f.check(() => toNumberInRange(row[field], name(field), 0, 5));
  }
  if (present('commission')) f.check(() => toRate(row.commission, name('commission')));
  for (const field of ['baseFee', 'audienceSize', 'attributedSales'] as const) {
    if (present(field)) f.check(() => toNonNegative(row[field], name(field)));
  }
  const rounds = present('revisionRounds')
    ? f.check(() => {
        const n = toNumber(row.revisionRounds, name('revisionRounds'));
        if (!Number.isInteger(n) || n < 0) {
          throw new RowError(`Revision rounds must be a whole number of 0 or more (got ${describeValue(n)})`);
        }
        return n;
      })
    : undefined;
  const start = missing.has('startDate') ? undefined : f.check(() => parseDate(row.startDate, 'startDate'));
  const end = missing.has('endDate') ? undefined : f.check(() => parseDate(row.endDate, 'endDate'));
  if (start && end && end.getTime() < start.getTime()) {
    f.error(`End date ${describeValue(end)} is before Start date ${describeValue(start)}`);
  }
  const lastCheckIn = missing.has('lastCheckIn')
    ? undefined
    : f.check(() => parseDate(row.lastCheckIn, 'lastCheckIn'));
  if (present('utmLink')) {
    const problem = utmProblem(row.utmLink);
    if (problem) f.error(problem);
  }
  const tick = (field: PipelineField) =>
    missing.has(field) ? true : (f.check(() => parseTick(row[field], field)) ?? true);
  const ticks = {
    contractSigned: tick('contractSigned'),
    disclosure: tick('disclosure'),
    debriefDone: tick('debriefDone'),
  };

  if (!stage) return { findings: f.list };
  const at = stageIndex(stage);
  const from = (s: Stage) => at >= stageIndex(s);
  const need = (field: PipelineField) => {
    if (!missing.has(field) && isBlank(row[field])) f.error(`${name(field)} missing`);
  };

  if (from('Negotiation')) {
    const unvetted = (['relevance', 'resonance', 'reliability'] as const).filter(
      (field) => !missing.has(field) && isBlank(row[field]),
    );
    if (unvetted.length)
      f.error(`${unvetted.map(name).join(', ')} missing (vet the producer before Negotiation)`);
  }
  if (from('Onboarding')) {
    if (
      !missing.has('baseFee') &&
      !missing.has('commission') &&
      isBlank(row.baseFee) &&
      isBlank(row.commission)
    ) {
      f.error('Base fee or Commission missing');
    }
    if (!ticks.contractSigned) f.error('Contract not signed');
    need('startDate');
  }
  if (from('Co-creation')) {
    need('brief');
    need('usageRights');
    if (rounds !== undefined && rounds > MAX_REVISION_ROUNDS) {
      f.warning(`${rounds} revision rounds (max ${MAX_REVISION_ROUNDS})`);
    }
  }
  if (from('Promotion')) {
    if (!ticks.disclosure) f.error('Disclosure missing');
    need('utmLink');
  }
  if (from('Measurement')) need('attributedSales');
  if (from('Renewal') && !ticks.debriefDone) f.error('Debrief not done');
  if (stage === 'Exit') need('endDate');

  const active = at >= stageIndex('Onboarding') && at <= stageIndex('Renewal');
  if (active && !missing.has('lastCheckIn')) {
    if (isBlank(row.lastCheckIn)) f.warning(`no check-in recorded (check in every ${CHECK_IN_DAYS} days)`);
    else if (lastCheckIn) {
      const days = daysSince(lastCheckIn, context.now);
      if (days > CHECK_IN_DAYS) f.warning(`last check-in ${days} days ago (over ${CHECK_IN_DAYS})`);
    }
  }

  const record = stageMove(context.previous, stage);
  if (record.skipped.length) f.warning(`skipped ${record.skipped.join(', ')}`);
  if (context.overRelianceShare !== undefined) {
    f.warning(
      `producer holds ${Math.round(context.overRelianceShare * 100)}% of attributed sales (over-reliance)`,
    );
  }
  return { findings: f.list, record };
}

/** "OK", or "2 errors, 1 warning: A; B; C" with errors first. */
export function statusText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'OK';
  const errors = findings.filter((x) => x.severity === 'error');
  const warnings = findings.filter((x) => x.severity === 'warning');
  const counts: string[] = [];
  if (errors.length) counts.push(`${errors.length} error${errors.length > 1 ? 's' : ''}`);
  if (warnings.length) counts.push(`${warnings.length} warning${warnings.length > 1 ? 's' : ''}`);
  return `${counts.join(', ')}: ${[...errors, ...warnings].map((x) => x.message).join('; ')}`;
}

/** Producer name as grouped: case and surrounding spaces ignored. */
export const producerKey = (value: unknown): string =>
  String(value ?? '')
    .trim()
    .toLowerCase();

/**
 * Producers holding more than half of all attributed sales (the risk of depending on one producer).
 * Rows with blank or invalid sales are left out of the totals.
 */
export function overReliance(rows: readonly PipelineRow[]): Map<string, number> {
  const byProducer = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (isBlank(row.producer) || isBlank(row.attributedSales)) continue;
    let sales: number;
    try {
      sales = toNonNegative(row.attributedSales, 'sales');
    } catch {
      continue;
    }
    total += sales;
    const key = producerKey(row.producer);
    byProducer.set(key, (byProducer.get(key) ?? 0) + sales);
  }
  const flagged = new Map<string, number>();
  if (total <= 0) return flagged;
  for (const [key, sales] of byProducer) {
    if (sales / total > OVER_RELIANCE_SHARE) flagged.set(key, sales / total);
  }
  return flagged;
}

/** Stage records are stored compactly ("4" or "4|2,3": stage index, then skipped stage indexes). */
export function encodeStageRecord(record: StageRecord): string {
  const stage = String(stageIndex(record.stage));
  return record.skipped.length ? `${stage}|${record.skipped.map(stageIndex).join(',')}` : stage;
}

export function decodeStageRecord(text: string | null | undefined): StageRecord | undefined {
  if (!text) return undefined;
  const [stagePart, skippedPart] = text.split('|');
  const stage = STAGES[Number(stagePart)];
  if (stage === undefined) return undefined;
  const skipped = skippedPart
    ? skippedPart
        .split(',')
        .map((i) => STAGES[Number(i)])
        .filter((s) => s !== undefined)
    : [];
  return { stage, skipped };
}
