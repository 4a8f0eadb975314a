/**
 * The disclosure domain (src/core/disclosure/) owns reading a sponsored caption: its characters
 * (caption-text.ts), the disclosure language, its placement, and the verdict (this file).
 *
 * The verdict on a sponsored caption (DISCLOSURE_CHECK), checked against the FTC's "Disclosures 101
 * for Social Media Influencers"
 * (https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers):
 * - "Use simple and clear language": "advertisement", "ad", "sponsored", "Thanks to Acme brand for
 *   the free product", the platform's "Paid partnership with", or a brand tag like #AcmePartner or
 *   #AcmeAmbassador. Not "vague or confusing terms like 'sp,' 'spon,' or 'collab,' or stand-alone
 *   terms like 'thanks' or 'ambassador'".
 * - "Place it so it's hard to miss": not "anywhere that requires a person to click MORE" (a feed
 *   shows about the first 125 characters of a caption), and "Don't mix your disclosure into a
 *   group of hashtags or links".
 * What a video says or an image shows cannot be read from a caption: that stays a checklist item.
 * Pure, with plain values in and out, so it can also run as a BigQuery UDF.
 */
import { codePoints, prefixCounter } from './caption-text';
import { brandTagStem, findDisclosures, missingProblems } from './language';
import { HASHTAG_CROWD, type HashtagRun, runAround, SHOWN_BEFORE_MORE } from './placement';

/**
 * The problems of a caption, in the order missing / vague / buried; none means the caption
 * discloses clearly where people see it. `brand` (optional) makes #BrandPartner and
 * #BrandAmbassador count.
 */
export function disclosureProblems(caption: string, brand = ''): string[] {
  const stem = brandTagStem(brand);
  const disclosures = findDisclosures(caption, stem);
  if (disclosures.length === 0) return missingProblems(caption, stem);
  const length = caption.length;
  const longCaption =
    length > 2 * SHOWN_BEFORE_MORE ||
    (length > SHOWN_BEFORE_MORE && codePoints(caption, 0, length) > SHOWN_BEFORE_MORE);
  let run: HashtagRun | undefined; // the last run walked: tags inside it share it
  const before = prefixCounter(caption);
  let firstProblems: string[] | undefined;
  // One disclosure placed well is enough; otherwise report what is wrong with the first one.
  for (const d of disclosures) {
    const found: string[] = [];
    // Ending within the first 125 UTF-16 units, it ends within the first 125 characters: no count.
    if (longCaption && d.end > SHOWN_BEFORE_MORE) {
      const counted = before(d.start);
      const at = counted + 1;
      if (counted + codePoints(caption, d.start, d.end) > SHOWN_BEFORE_MORE) {
        found.push(
          at > SHOWN_BEFORE_MORE
            ? `buried: first disclosure at character ${at}, after the ${SHOWN_BEFORE_MORE} shown before "more"`
            : `buried: first disclosure at character ${at} is cut off at the ${SHOWN_BEFORE_MORE} shown before "more"`,
        );
      }
    }
    // A later disclosure already hidden behind "more" is not reported: its block does not matter.
    if (d.hashtag && (found.length === 0 || !firstProblems)) {
      if (!run || d.start >= run.last) run = runAround(caption, d.start, d.end);
      if (run.tags - 1 >= HASHTAG_CROWD) found.push(`buried: inside a block of ${run.tags} hashtags`);
    }
    if (found.length === 0) return [];
    firstProblems = firstProblems ?? found;
  }
  return firstProblems ?? [];
}

/** "OK", or the problems joined with "; ". */
export function disclosureCheck(caption: string, brand = ''): string {
  const problems = disclosureProblems(caption, brand);
  return problems.length ? problems.join('; ') : 'OK';
}
