/** The lifecycle rules of each stage, in order, and the check-in rule for active rows. */
import { disclosureProblems } from '../disclosure/disclosure';
import { brandProblem } from '../disclosure/language';
import { isBlank } from '../values';
import { type Stage, stageIndex } from './pipeline';
import { columnName } from './row-cells';
import type { RowCheck, RowFacts } from './row-check';

const MAX_REVISION_ROUNDS = 2;
const CHECK_IN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `date` to `now`. */
function daysSince(date: Date, now: number): number {
  return Math.floor((now - date.getTime()) / DAY_MS);
}

type StageRule = (check: RowCheck, facts: RowFacts) => void;

/** Each stage's own requirements, in lifecycle order; a row meets those of its stage and all before. */
export const STAGE_REQUIREMENTS: ReadonlyArray<readonly [Stage, StageRule]> = [
  [
    'Negotiation',
    (check) => {
      const unvetted = (['relevance', 'resonance', 'reliability'] as const).filter((f) => check.blank(f));
      if (unvetted.length) {
        check.findings.error(
          `${unvetted.map(columnName).join(', ')} missing (vet the producer before Negotiation)`,
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
 * (the Disclosure tick stays the requirement: a caption cannot show what a video says). The optional
 * Brand column, when filled, lets a tag like #AcmePartner count, as DISCLOSURE_CHECK's brand does.
 */
function checkCaption(check: RowCheck): void {
  const caption = check.row.caption;
  if ((typeof caption !== 'string' && typeof caption !== 'number') || isBlank(caption)) return;
  const brandCell = check.row.brand;
  let brand = typeof brandCell === 'string' || typeof brandCell === 'number' ? String(brandCell) : '';
  const problem = brandProblem(brand);
  if (problem) {
    check.findings.warning(`Brand ${problem}, so the caption was read without it`);
    brand = '';
  }
  for (const found of disclosureProblems(String(caption), brand)) {
    check.findings.warning(`Caption ${found}`);
  }
}

/** Active rows (Onboarding to Renewal) are checked in with at least every CHECK_IN_DAYS days. */
export function checkCheckIn(
  check: RowCheck,
  stage: Stage,
  lastCheckIn: Date | undefined,
  now: number,
): void {
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
