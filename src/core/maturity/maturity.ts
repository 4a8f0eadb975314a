/**
 * The maturity domain (src/core/maturity/) owns the program maturity assessment: the evidence
 * gathered from the Pipeline, the ten criteria, the levels, the guide's next steps and the sheet.
 *
 * The guide's maturity model (experimental, operational, strategic), assessed from the evidence in
 * the workbook rather than from a questionnaire. Each criterion turns one figure into the level it
 * supports; the program is at the lowest level all its criteria reach, and the criteria at that
 * level are what hold it back. Pure: the adapter (src/menu/maturity.ts) reads and writes; the
 * criteria are in criteria.ts, the sheet's layout in sheet.ts.
 */
import { measureCriteria } from './criteria';
import { gatherEvidence, type MaturityInput } from './evidence';
import { type Criterion, LEVELS, type Level } from './levels';

export type { MaturityInput } from './evidence';

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

export const EMPTY_PIPELINE_MESSAGE =
  'The Pipeline has no partnerships yet, so there is nothing to rate: add rows, then assess again.';

export const NO_STAGE_MESSAGE =
  'The Pipeline has no "Stage" column, so no criterion can be measured: run Set up workbook, then assess again.';

export function assessMaturity(input: MaturityInput): MaturityAssessment {
  if (input.map.stage === undefined) return { rated: false, message: NO_STAGE_MESSAGE };
  const evidence = gatherEvidence(input);
  if (evidence.rows === 0) return { rated: false, message: EMPTY_PIPELINE_MESSAGE };
  const list = measureCriteria(evidence, input);
  const lowest = Math.min(...list.map((c) => LEVELS.indexOf(c.level)));
  const overall = LEVELS[lowest];
  const heldBackBy =
    overall === 'strategic' ? [] : list.filter((c) => c.level === overall).map((c) => c.name);
  return { rated: true, overall, heldBackBy, criteria: list, rows: evidence.rows };
}
