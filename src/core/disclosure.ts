/**
 * A sponsored caption checked against the FTC's "Disclosures 101 for Social Media Influencers"
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

/** Characters a feed shows before "more". */
export const SHOWN_BEFORE_MORE = 125;
/** A disclosure hashtag is buried in a run of hashtags holding at least this many other tags. */
const HASHTAG_CROWD = 3;

export const MISSING_MESSAGE = 'missing: no #ad, #sponsored, "advertisement" or "paid partnership"';

// The scans below look for literals and runs of disjoint character classes, so each is linear in
// the caption (a cell holds up to 50,000 characters). Word boundaries are checked in code on the
// characters around a match: lookbehinds in the pattern would run at every position and cost
// several times more on 100,000 captions.
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Characters that make the next word part of a link, a handle or a compound ("shop.com/ad", "@ad"). */
const JOINED_BEFORE = '/.@=&-';

/** Whether the character ending just before `index` belongs to a word (a surrogate pair read whole). */
function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c < 128) return isAsciiWord(c);
  const start = c >= 0xdc00 && c <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(text.slice(start, index));
}

/** Whether the character starting at `index` belongs to a word. */
function wordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const c = text.charCodeAt(index);
  if (c < 128) return isAsciiWord(c);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index) ?? c));
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** A match standing alone: no word around it, and for plain words no link or handle before it. */
function standsAlone(text: string, start: number, end: number, word: boolean): boolean {
  if (wordBefore(text, start) || wordAt(text, end)) return false;
  return !(word && start > 0 && JOINED_BEFORE.includes(text[start - 1]));
}

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

interface Disclosure {
  readonly start: number;
  readonly end: number;
  readonly hashtag: boolean;
}

/**
 * Calls `visit` with each match of a global pattern that stands alone, in order, until it returns
 * false. A rejected match is retried one character on, so it never hides one that overlaps it.
 * `isWord` says which matches are plain words; `anywhere` which need no boundary (sentence ends).
 */
function eachAlone(
  pattern: RegExp,
  text: string,
  isWord: (m: RegExpExecArray) => boolean,
  visit: (m: RegExpExecArray) => boolean,
  anywhere: (m: RegExpExecArray) => boolean = () => false,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (anywhere(m) || standsAlone(text, m.index, m.index + m[0].length, isWord(m))) {
      if (!visit(m)) return;
    } else pattern.lastIndex = m.index + 1;
  }
}

const tagsOnly = () => false;

function findDisclosures(caption: string, brandStem: string): Disclosure[] {
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

/** Characters as people count them in [from, to): an emoji is one, not two UTF-16 units. */
function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    n++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Code points before each of a rising series of positions. Pairs are found with a native scan
 * that never passes the same text twice, so a long caption with many disclosures stays linear.
 */
function prefixCounter(text: string): (to: number) => number {
  let cursor = 0;
  let counted = 0;
  let nextPair = -2; // -2: not looked for yet; -1: none left
  return (to) => {
    for (;;) {
      if (nextPair === -2 || (nextPair >= 0 && nextPair < cursor)) {
        SURROGATE_PAIR.lastIndex = cursor;
        nextPair = SURROGATE_PAIR.exec(text)?.index ?? -1;
      }
      if (nextPair < 0 || nextPair + 1 >= to) break;
      counted += nextPair - cursor + 1;
      cursor = nextPair + 2;
    }
    if (to > cursor) {
      counted += to - cursor;
      cursor = to;
    }
    return counted;
  };
}

function quoteList(tags: readonly string[]): string {
  if (tags.length === 1) return tags[0];
  return `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
}

function missingProblems(caption: string, brandStem: string): string[] {
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

const SPACE = /\s/;

function isSpace(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[index]));
}

/** A run of hashtags with nothing but whitespace between them: its bounds and its size. */
interface HashtagRun {
  readonly first: number;
  readonly last: number;
  readonly tags: number;
}

/** The run holding the tag at [start, end), found by walking out from the tag. */
function runAround(text: string, start: number, end: number): HashtagRun {
  let tags = 1;
  let first = start;
  for (;;) {
    let i = first;
    while (i > 0 && isSpace(text, i - 1)) i--;
    let word = i;
    while (wordBefore(text, word))
      word -= text.charCodeAt(word - 1) >= 0xdc00 && text.charCodeAt(word - 1) <= 0xdfff && word >= 2 ? 2 : 1;
    if (word === i || word === 0 || text.charCodeAt(word - 1) !== 35) break; // '#'
    first = word - 1;
    tags++;
  }
  let last = end;
  for (;;) {
    let i = last;
    while (i < text.length && isSpace(text, i)) i++;
    if (text.charCodeAt(i) !== 35 || !wordAt(text, i + 1)) break;
    i++;
    while (wordAt(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    last = i;
    tags++;
  }
  return { first, last, tags };
}

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
