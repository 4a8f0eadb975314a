// A complete brief draft, as a person would fill the brief builder: shared by the server
// integration tests and the browser tests.
import { type BriefDraft, newDraft } from '../../src/core/brief/draft';

export const BRIEF_VALUES: Record<string, string> = {
  brand: 'Acme',
  goal: 'Grow trial sign-ups among home bakers',
  term: 'Pilot (1–3 months)',
  audienceProblem: 'Sourdough that will not rise in a cold kitchen',
  message1: 'The proofing box keeps dough at 26 °C',
  kickoffDate: '2026-12-01',
  launchDate: '2026-12-15',
  midReviewDate: '2027-01-10',
  endDate: '2027-02-28',
  disclosureWording: 'Paid partnership with {brand}',
  targetReach: '50000',
  targetAttributedSales: '25000',
  termination: '30 days written notice by either side',
  landingUrl: 'https://shop.example.com/proofing',
  expectedSales: '25000',
};

/** Filled only where the Pipeline row left them blank. */
const FALLBACKS: Record<string, string> = {
  producer: 'Ana Lopez',
  platform: 'YouTube',
  startDate: '2026-12-01',
  usageRights: 'Organic, 12 months',
  exclusivity: 'None',
  baseFee: '1000',
};

/** A draft that passes every check, on top of what the Pipeline row pre-filled. */
export function completeDraft(base: BriefDraft = newDraft(), extra: Record<string, string> = {}): BriefDraft {
  const blanks = Object.fromEntries(Object.entries(FALLBACKS).filter(([key]) => !base.values[key]));
  return {
    ...base,
    values: { ...base.values, ...blanks, ...BRIEF_VALUES, ...extra },
    deliverables: [
      {
        item: 'Launch video',
        platform: 'YouTube',
        format: '8–10 min',
        count: '1',
        draftDate: '2026-12-08',
        goLiveDate: '2026-12-15',
      },
    ],
  };
}
