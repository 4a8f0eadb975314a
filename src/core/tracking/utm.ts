/**
 * The tracking domain (src/core/tracking/) owns attribution links: the UTM tags of UTM_LINK, the
 * brief and the Pipeline's UTM link rule.
 *
 * Tracking links: a landing URL tagged with utm_source, utm_medium, utm_campaign (and utm_content,
 * utm_term). Pure and free of `URL` (Apps Script's V8 and BigQuery UDFs have no URL class), so the
 * same function serves the custom function, the sidebar and a BigQuery UDF.
 */
import { describeValue, RowError } from '../values';

export interface UtmTags {
  readonly source: string;
  readonly medium: string;
  readonly campaign: string;
  readonly content?: string;
  readonly term?: string;
}

/** The tags in the order they are appended, with their parameter names. */
const TAG_PARAMS: ReadonlyArray<readonly [keyof UtmTags, string]> = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
  ['content', 'utm_content'],
  ['term', 'utm_term'],
];

// Scheme, then a host of at least one character; no whitespace anywhere. Two separate checks, each
// one character class, so no pattern can backtrack on a 50,000-character cell.
const HTTP_START = /^https?:\/\/[^\s/?#]/i;
const WHITESPACE = /\s/;

/** Whether text is an http(s) URL with a host and no whitespace. */
export function isHttpUrl(text: string): boolean {
  return HTTP_START.test(text) && !WHITESPACE.test(text);
}

/** The parts of a URL around its query: `base?query#fragment` (the fragment keeps its '#'). */
export function splitUrl(url: string): { base: string; query: string; fragment: string } {
  const hash = url.indexOf('#');
  const beforeFragment = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const question = beforeFragment.indexOf('?');
  return question < 0
    ? { base: beforeFragment, query: '', fragment }
    : { base: beforeFragment.slice(0, question), query: beforeFragment.slice(question + 1), fragment };
}

/** Whether a query pair's key is a utm_* parameter (decoded, any case). */
function isUtmPair(pair: string): boolean {
  const first = pair.charCodeAt(0);
  // Only a key starting with u, U or an escape can be utm_*: skip decoding the rest.
  if (first !== 117 && first !== 85 && first !== 37) return false;
  return paramKey(pair).startsWith('utm_');
}

/** A query key as compared: decoded where it can be, lower case. */
function paramKey(pair: string): string {
  const eq = pair.indexOf('=');
  const raw = eq < 0 ? pair : pair.slice(0, eq);
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return raw.toLowerCase(); // a malformed escape is simply not a utm key
  }
}

// The last value encoded for each tag: a column of links usually shares its source, medium and
// campaign, so 100,000 rows encode them once instead of once per row.
const lastValue: string[] = ['', '', '', '', ''];
const lastEncoded: string[] = ['', '', '', '', ''];

/** Exactly the characters encodeURIComponent leaves as they are. */
const UNRESERVED = /^[A-Za-z0-9\-_.!~*'()]*$/;

function encodeTag(slot: number, name: string, value: string): string {
  if (value === lastValue[slot]) return lastEncoded[slot];
  let encoded: string;
  try {
    // Most tags ("instagram", "spring-2026") need no escape: skip making a copy of them.
    encoded = UNRESERVED.test(value) ? value : encodeURIComponent(value);
  } catch {
    // Only a lone surrogate (half of an emoji) cannot be encoded.
    throw new RowError(`${name} holds a broken character (got ${describeValue(value)})`);
  }
  lastValue[slot] = value;
  lastEncoded[slot] = encoded;
  return encoded;
}

/** A query that may hold a utm_* key (possibly escaped): only such a query is taken apart. */
const MAY_HOLD_UTM = /utm|%/i;

/** The query without its utm_* parameters; every other parameter kept exactly as written. */
function otherParams(query: string): string {
  if (!MAY_HOLD_UTM.test(query)) return query;
  return query
    .split('&')
    .filter((pair) => !isUtmPair(pair))
    .join('&');
}

/**
 * The URL with the given utm_* tags, each value URL-encoded. Other query parameters (exactly as
 * written) and the #fragment are kept; every existing utm_* parameter is dropped first, so a link
 * that was tagged before carries exactly the new tags, never two of one. Throws a RowError for a
 * URL that is not http(s) or a blank required tag. Strings are joined directly: this runs once
 * per row of 100,000-row ranges.
 */
export function buildUtmLink(url: string, tags: UtmTags): string {
  const text = url.trim();
  if (!isHttpUrl(text)) throw new RowError(`url must be an http(s) URL (got ${describeValue(url)})`);
  const { base, query, fragment } = splitUrl(text);
  const others = otherParams(query);
  const parts = [base, others === '' ? '?' : `?${others}&`];
  for (let i = 0; i < TAG_PARAMS.length; i++) {
    const tag = TAG_PARAMS[i][0];
    const value = tags[tag]?.trim() ?? '';
    if (value === '') {
      if (i < 3) throw new RowError(`${tag} is blank`); // source, medium and campaign are required
      continue;
    }
    parts.push(i === 0 ? '' : '&', TAG_PARAMS[i][1], '=', encodeTag(i, tag, value));
  }
  parts.push(fragment);
  return parts.join('');
}

/**
 * The utm_campaign value of a tagged link (decoded), or null: what an analytics export reports as
 * the session's campaign, so Import results can attribute its rows to the link's partnership.
 */
export function utmCampaignOf(url: string): string | null {
  const { query } = splitUrl(url.trim());
  if (query === '') return null;
  for (const pair of query.split('&')) {
    if (!isUtmPair(pair) || paramKey(pair) !== 'utm_campaign') continue;
    const eq = pair.indexOf('=');
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      const value = decodeURIComponent(raw.replace(/\+/g, ' ')).trim();
      return value === '' ? null : value;
    } catch {
      return raw.trim() || null;
    }
  }
  return null;
}
