/**
 * The value exchange: what each side brings and what the other expects. A gap is an expectation
 * the other side does not meet, and the guide's named tension: a producer who expects creative
 * control against a brand that plans heavy copy editing.
 */
import type { BriefDraft } from './draft';

export function valueExchangeGaps(draft: BriefDraft): string[] {
  const chosen = (key: string) => new Set(draft.choices[key] ?? []);
  const producerExpects = chosen('producerExpects');
  const brandOffers = chosen('brandOffers');
  const producerBrings = chosen('producerBrings');
  const brandExpects = chosen('brandExpects');
  const gaps: string[] = [];
  if (producerExpects.has('Creative control') && draft.values.copyEditing?.startsWith('Heavy')) {
    gaps.push('Creative control expected, but the brand plans heavy copy editing');
  }
  for (const expected of producerExpects) {
    if (expected !== 'Creative control' && !brandOffers.has(expected)) {
      gaps.push(`The producer expects ${expected.toLowerCase()}, which the brand does not bring`);
    }
  }
  for (const expected of brandExpects) {
    if (!producerBrings.has(expected)) {
      gaps.push(`The brand expects ${expected.toLowerCase()}, which the producer does not bring`);
    }
  }
  return gaps;
}
