/** A caption's disclosures, or what is missing or vague in it: the FTC's "simple and clear language". */
import { eachAlone } from './caption-text';

export const MISSING_MESSAGE = 'missing: no #ad, #sponsored, "advertisement" or "paid partnership"';

/** Disclosures in hashtags (1) and words (2): the scan every caption gets. */
function clearScanner(brandStem: string): RegExp {
  const brandTags = brandStem ? `|${brandStem}_?(?:partner|ambassador)` : '';
  return new RegExp(
    `(#(?:advertisement|ad|sponsored|paidpartnership${brandTags}))|(advertisement|ad|sponsored|paid\\s+partnership)`,
    'giu',
  );
}

/**
 * Only for captions that mention "free": sentence ends (1), a thank-you (2) and "for (the) free"
 * (3), which discloses after a thank-you in the same sentence ("Thanks to Acme brand for the free
 * product").
 */
const THANKS_SCAN = /([.!?\n])|(#?thanks?)|(for\s+(?:the\s+)?free)/giu;
const MENTIONS_FREE = /free/i;

/** Hashtags the FTC calls vague or stand-alone: they do not disclose alone. */
const VAGUE_TAGS = /#(?:spon|sp|collab|thanks|ambassador|partner)/giu;
/** A tag shaped like #AcmePartner, which counts only when the brand is known. */
const BRAND_SHAPED_TAG = /#[\p{L}\p{N}_]+?(?:partner|ambassador)/giu;

let lastBrand = '';
let lastStem = '';

/**
 * The brand becomes part of a pattern (for tags like #AcmePartner): a 50,000-character cell would
 * overflow the regular-expression engine's stack, so a brand name is capped at a length no brand has.
 */
export const MAX_BRAND_LENGTH = 200;

/** Why a brand name cannot be used to read a caption, or '' when it can (blank means no brand). */
export function brandProblem(brand: string): string {
  if (brand.length > MAX_BRAND_LENGTH) return `must be at most ${MAX_BRAND_LENGTH} characters`;
  if (/\S/.test(brand) && brandTagStem(brand) === '') return 'must contain letters or digits';
  return '';
}

/** The brand as it appears inside a hashtag: letters and digits only, lower case. */
export function brandTagStem(brand: string): string {
  if (brand !== lastBrand) {
    lastStem = brand.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    lastBrand = brand;
  }
  return lastStem;
}

let cachedStem: string | undefined;
let cachedScanner: RegExp | undefined;

/** The scanner for a brand; a column of one brand builds it once. */
function scannerFor(brandStem: string): RegExp {
  if (cachedStem !== brandStem || !cachedScanner) {
    cachedScanner = clearScanner(brandStem);
    cachedStem = brandStem;
  }
  return cachedScanner;
}

export interface Disclosure {
  readonly start: number;
  readonly end: number;
  readonly hashtag: boolean;
}

const tagsOnly = () => false;

export function findDisclosures(caption: string, brandStem: string): Disclosure[] {
  const found: Disclosure[] = [];
  eachAlone(
    scannerFor(brandStem),
    caption,
    (m) => m[2] !== undefined,
    (m) => {
      found.push({ start: m.index, end: m.index + m[0].length, hashtag: m[1] !== undefined });
      return true;
    },
  );
  if (MENTIONS_FREE.test(caption)) {
    let thanksAt = -1; // where the current sentence's thank-you starts, if it has one
    eachAlone(
      THANKS_SCAN,
      caption,
      (m) => m[3] !== undefined,
      (m) => {
        if (m[1] !== undefined) thanksAt = -1;
        else if (m[2] !== undefined) thanksAt = thanksAt < 0 ? m.index : thanksAt;
        else if (thanksAt >= 0) found.push({ start: thanksAt, end: m.index + m[0].length, hashtag: false });
        return true;
      },
      (m) => m[1] !== undefined,
    );
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

function quoteList(tags: readonly string[]): string {
  if (tags.length === 1) return tags[0];
  return `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
}

export function missingProblems(caption: string, brandStem: string): string[] {
  let brandShaped = false;
  if (brandStem === '') {
    eachAlone(BRAND_SHAPED_TAG, caption, tagsOnly, () => {
      brandShaped = true;
      return false;
    });
  }
  const problems = [
    brandShaped ? `${MISSING_MESSAGE} (give the brand to count a tag like #AcmePartner)` : MISSING_MESSAGE,
  ];
  const vague: string[] = [];
  eachAlone(VAGUE_TAGS, caption, tagsOnly, (m) => {
    const tag = m[0].toLowerCase();
    if (!vague.includes(tag)) vague.push(tag); // at most six different tags
    return true;
  });
  if (vague.length) {
    problems.push(`vague: ${quoteList(vague)} alone ${vague.length > 1 ? 'do' : 'does'} not disclose`);
  }
  return problems;
}
