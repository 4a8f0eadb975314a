/**
 * UTM links: a landing URL with utm_source, utm_medium and utm_campaign (and optionally
 * utm_content, utm_term) added, in the shape the Pipeline's UTM rule accepts (utmProblem).
 */
import { utmProblem } from './row-rules';

export interface UtmParts {
  readonly source: string;
  readonly medium: string;
  readonly campaign: string;
  readonly content?: string;
  readonly term?: string;
}

// Scheme, then a host of non-space characters up to the first / ? or #: each character is read
// once, so the check is linear on any input.
const HTTP_URL = /^https?:\/\/[^\s/?#]+/i;

/** Lower-case, spaces as hyphens: "Spring Launch" -> "spring-launch", the convention analytics tools group by. */
export function utmValue(text: string): string {
  return text.trim().toLowerCase().split(/\s+/).filter(Boolean).join('-');
}

/**
 * The landing URL with the UTM parameters set (replacing any it already has), the fragment kept
 * last. Throws an Error naming the problem when the URL is not http(s) or a required part is empty.
 */
export function buildUtmLink(url: string, parts: UtmParts): string {
  const text = url.trim();
  if (!HTTP_URL.test(text) || /\s/.test(text)) {
    throw new Error(`landing URL must be an http(s) address without spaces (got "${text.slice(0, 40)}")`);
  }
  const hashAt = text.indexOf('#');
  const fragment = hashAt >= 0 ? text.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? text.slice(0, hashAt) : text;
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const query = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '';

  const wanted: [string, string | undefined][] = [
    ['utm_source', parts.source],
    ['utm_medium', parts.medium],
    ['utm_campaign', parts.campaign],
    ['utm_content', parts.content],
    ['utm_term', parts.term],
  ];
  const added: string[] = [];
  for (const [key, raw] of wanted) {
    const value = raw === undefined ? '' : utmValue(raw);
    if (value === '') {
      if (key === 'utm_source' || key === 'utm_medium' || key === 'utm_campaign') {
        throw new Error(`${key.replace('utm_', 'UTM ')} is empty`);
      }
      continue;
    }
    added.push(`${key}=${encodeURIComponent(value)}`);
  }
  const addedKeys = new Set(added.map((pair) => pair.split('=')[0]));
  const kept = query.split('&').filter((pair) => {
    if (pair === '') return false;
    return !addedKeys.has(pair.split('=')[0].toLowerCase());
  });
  const link = `${base}?${[...kept, ...added].join('&')}${fragment}`;
  const problem = utmProblem(link);
  if (problem) throw new Error(problem);
  return link;
}
