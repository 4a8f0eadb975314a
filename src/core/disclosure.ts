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
export const HASHTAG_CROWD = 3;

/** Hashtags that disclose on their own (lower case, without '#'). */
const CLEAR_TAGS = new Set(['ad', 'advertisement', 'sponsored', 'paidpartnership']);
/** Words that disclose on their own. */
const CLEAR_WORDS = new Set(['ad', 'advertisement', 'sponsored']);
/** Hashtags the FTC calls vague or stand-alone: they do not disclose alone. */
const VAGUE_TAGS = new Set(['sp', 'spon', 'collab', 'thanks', 'ambassador', 'partner']);
/** Suffixes of a brand tag (#AcmePartner), counted when the brand is known. */
const BRAND_TAG_SUFFIXES = ['partner', 'ambassador'];

export const MISSING_MESSAGE = 'missing: no #ad, #sponsored, "advertisement" or "paid partnership"';

/** A word, hashtag or sentence end of the caption, with its position in UTF-16 units. */
interface Token {
  readonly text: string; // lower case, '#' kept for hashtags
  readonly start: number;
  readonly end: number;
}

// One token class each; the global scan never backtracks across tokens, so it is linear.
const TOKEN = /#?[\p{L}\p{N}_]+|[.!?\n]/gu;

function tokenize(caption: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(caption); m !== null; m = TOKEN.exec(caption)) {
    tokens.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const isTag = (token: Token) => token.text.startsWith('#');
const isSentenceEnd = (token: Token) => token.text.length === 1 && '.!?\n'.includes(token.text);

/** A brand as it appears inside a hashtag: letters and digits only, lower case. */
export function brandTagStem(brand: string): string {
  return brand.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Characters that make the next word part of a link, a handle or a compound ("shop.com/ad"). */
const JOINED_BEFORE = new Set(['/', '.', '@', '=', '&', '-', '_']);

/** The index of each token that discloses clearly on its own or with the words around it. */
function clearDisclosures(caption: string, tokens: readonly Token[], brandStem: string): number[] {
  const found: number[] = [];
  let thanksInSentence = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isSentenceEnd(t)) {
      thanksInSentence = false;
      continue;
    }
    const tag = isTag(t);
    if (!tag && t.start > 0 && JOINED_BEFORE.has(caption[t.start - 1])) continue;
    const word = tag ? t.text.slice(1) : t.text;
    if (word === 'thanks' || word === 'thank') thanksInSentence = true;
    const clear = tag
      ? CLEAR_TAGS.has(word) ||
        (brandStem !== '' &&
          BRAND_TAG_SUFFIXES.some((suffix) => word.replace(/_/g, '') === brandStem + suffix))
      : CLEAR_WORDS.has(word) ||
        (word === 'paid' && tokens[i + 1]?.text === 'partnership') ||
        // "Thanks to Acme brand for the free product": a thank-you, then "for (the) free".
        (word === 'free' &&
          thanksInSentence &&
          (tokens[i - 1]?.text === 'for' ||
            (tokens[i - 1]?.text === 'the' && tokens[i - 2]?.text === 'for')));
    if (clear) found.push(i);
  }
  return found;
}

/** For each token, the size of the run of hashtags (separated by whitespace only) it belongs to. */
function hashtagRuns(caption: string, tokens: readonly Token[]): number[] {
  const sizes = new Array<number>(tokens.length).fill(0);
  // Line breaks are tokens too; between two tags only the text decides, so look at tags alone.
  const tags: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isTag(tokens[i])) tags.push(i);
  let first = 0;
  for (let k = 1; k <= tags.length; k++) {
    const joined =
      k < tags.length && caption.slice(tokens[tags[k - 1]].end, tokens[tags[k]].start).trim() === '';
    if (joined) continue;
    for (let j = first; j < k; j++) sizes[tags[j]] = k - first;
    first = k;
  }
  return sizes;
}

/** Characters as people count them: an emoji is one, not two UTF-16 units. */
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

function quoteList(tags: readonly string[]): string {
  if (tags.length === 1) return tags[0];
  return `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
}

/**
 * The problems of a caption, in the order missing / vague / buried; none means the caption
 * discloses clearly where people see it. `brand` (optional) makes #BrandPartner and
 * #BrandAmbassador count.
 */
export function disclosureProblems(caption: string, brand = ''): string[] {
  const tokens = tokenize(caption);
  const stem = brandTagStem(brand);
  const clear = clearDisclosures(caption, tokens, stem);
  const problems: string[] = [];
  if (clear.length === 0) {
    const unknownBrandTag =
      stem === '' &&
      tokens.some(
        (t) =>
          isTag(t) &&
          BRAND_TAG_SUFFIXES.some((suffix) => t.text.length > suffix.length + 1 && t.text.endsWith(suffix)),
      );
    problems.push(
      unknownBrandTag
        ? `${MISSING_MESSAGE} (give the brand to count a tag like #AcmePartner)`
        : MISSING_MESSAGE,
    );
    const vague: string[] = [];
    for (const t of tokens) {
      if (isTag(t) && VAGUE_TAGS.has(t.text.slice(1)) && !vague.includes(t.text)) vague.push(t.text);
    }
    if (vague.length) {
      problems.push(`vague: ${quoteList(vague)} alone ${vague.length > 1 ? 'do' : 'does'} not disclose`);
    }
    return problems;
  }
  // One disclosure placed well is enough; otherwise report what is wrong with the first one.
  const shortCaption = codePoints(caption, 0, caption.length) <= SHOWN_BEFORE_MORE;
  const runs = hashtagRuns(caption, tokens);
  let firstProblems: string[] | undefined;
  // Character positions counted once, in order, so a caption full of disclosures stays linear.
  let counted = 0;
  let countedTo = 0;
  for (const i of clear) {
    const t = tokens[i];
    counted += codePoints(caption, countedTo, t.start);
    countedTo = t.start;
    const at = counted + 1;
    const end = counted + codePoints(caption, t.start, t.end);
    const found: string[] = [];
    if (!shortCaption && end > SHOWN_BEFORE_MORE) {
      found.push(
        at > SHOWN_BEFORE_MORE
          ? `buried: first disclosure at character ${at}, after the ${SHOWN_BEFORE_MORE} shown before "more"`
          : `buried: first disclosure at character ${at} is cut off at the ${SHOWN_BEFORE_MORE} shown before "more"`,
      );
    }
    if (runs[i] - 1 >= HASHTAG_CROWD) found.push(`buried: inside a block of ${runs[i]} hashtags`);
    if (found.length === 0) return problems;
    firstProblems = firstProblems ?? found;
  }
  return firstProblems ?? [];
}

/** "OK", or the problems joined with "; ". */
export function disclosureCheck(caption: string, brand = ''): string {
  const problems = disclosureProblems(caption, brand);
  return problems.length ? problems.join('; ') : 'OK';
}
