/** The lifecycle rules that apply at every stage: producer and stage, numbers, dates, UTM link, ticks. */

import {
  describeValue,
  isBlank,
  RowError,
  toNonNegative,
  toNumber,
  toNumberInRange,
  toRate,
} from '../values';
import { type PipelineField, parseStage, STAGES, type Stage } from './pipeline';
import { columnName, parseDate, parseTick, utmProblem } from './row-cells';
import type { RowCheck, RowFacts } from './row-check';

export function checkProducerAndStage(check: RowCheck): Stage | undefined {
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
    if (check.filled(field)) findings.check(() => toNumberInRange(row[field], columnName(field), 0, 5));
  }
  if (check.filled('commission')) findings.check(() => toRate(row.commission, columnName('commission')));
  for (const field of ['baseFee', 'audienceSize', 'attributedSales'] as const) {
    if (check.filled(field)) findings.check(() => toNonNegative(row[field], columnName(field)));
  }
}

function checkRevisionRounds(check: RowCheck): number | undefined {
  if (!check.filled('revisionRounds')) return undefined;
  return check.findings.check(() => {
    const n = toNumber(check.row.revisionRounds, columnName('revisionRounds'));
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
export function checkAlways(check: RowCheck): RowFacts {
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
