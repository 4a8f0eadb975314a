/** One Pipeline row under check, and the facts the always-rules hand to the stage rules. */

import { isBlank } from '../values';
import { Findings } from './findings';
import type { PipelineField, PipelineRow } from './pipeline';
import { columnName } from './row-cells';

/** One row under check: its cells, the columns the sheet lacks, and what was found so far. */
export class RowCheck {
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
    if (this.blank(field)) this.findings.error(`${columnName(field)} missing`);
  }
}

/** What the always-rules read once and the stage rules reuse. */
export interface RowFacts {
  readonly rounds?: number;
  readonly lastCheckIn?: Date;
  /** Ticked, or unreadable (already an error) or in a missing column (already reported). */
  readonly contractSigned: boolean;
  readonly disclosure: boolean;
  readonly debriefDone: boolean;
}
