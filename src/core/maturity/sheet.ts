/** The Maturity sheet: an assessment laid out as one fixed-size block of cells. */
import type { MaturityAssessment } from './maturity';

export const MATURITY_SHEET = 'Maturity';

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
