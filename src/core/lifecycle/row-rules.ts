/**
 * The partnership lifecycle rules: what a Pipeline row must hold at each stage. A row at a stage
 * must meet the requirements of that stage and of every stage before it. The one source of truth
 * for the onEdit trigger and the menu's "Validate all rows".
 */
import { checklistWarnings, type Ticks } from './checklists';
import type { Finding } from './findings';
import { type PipelineField, type PipelineRow, stageIndex } from './pipeline';
import { columnName } from './row-cells';
import { RowCheck } from './row-check';
import { checkAlways, checkProducerAndStage } from './row-rules-always';
import { checkResults, type ResultsContext } from './row-rules-results';
import { checkCheckIn, STAGE_REQUIREMENTS } from './row-rules-stages';
import { type StageRecord, stageMove } from './stage-record';

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
  /** The partnership's results, when the spreadsheet keeps a Results sheet (none: no warning). */
  readonly results?: ResultsContext;
}

interface RowVerdict {
  readonly findings: Finding[];
  /** The stage record to keep for the row (undefined when the row has no valid stage). */
  readonly record?: StageRecord;
}

export function validateRow(row: PipelineRow, context: RowContext): RowVerdict {
  const check = new RowCheck(row, new Set(context.missingFields ?? []));
  const { findings } = check;
  for (const field of check.missing) findings.error(`column "${columnName(field)}" is missing`);
  const stage = checkProducerAndStage(check);
  const facts = checkAlways(check);
  if (!stage) return { findings: findings.list };

  const at = stageIndex(stage);
  for (const [from, requirements] of STAGE_REQUIREMENTS) {
    if (at >= stageIndex(from)) requirements(check, facts);
  }
  checkCheckIn(check, stage, facts.lastCheckIn, context.now);
  checkResults(check, stage, context.results, context.now);

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
