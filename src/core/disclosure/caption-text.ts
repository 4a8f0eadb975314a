/** Reading a caption's characters: word boundaries, code points, spaces, and matches that stand alone. */
// The scans below look for literals and runs of disjoint character classes, so each is linear in
// the caption (a cell holds up to 50,000 characters). Word boundaries are checked in code on the
// characters around a match: lookbehinds in the pattern would run at every position and cost
// several times more on 100,000 captions.
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Characters that make the next word part of a link, a handle or a compound ("shop.com/ad", "@ad"). */
const JOINED_BEFORE = '/.@=&-';

/** Whether the character ending just before `index` belongs to a word (a surrogate pair read whole). */
export function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c < 128) return isAsciiWord(c);
  const start = c >= 0xdc00 && c <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(text.slice(start, index));
}

/** Whether the character starting at `index` belongs to a word. */
export function wordAt(text: string, index: number): boolean {
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

/**
 * Calls `visit` with each match of a global pattern that stands alone, in order, until it returns
 * false. A rejected match is retried one character on, so it never hides one that overlaps it.
 * `isWord` says which matches are plain words; `anywhere` which need no boundary (sentence ends).
 */
export function eachAlone(
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

/** Characters as people count them in [from, to): an emoji is one, not two UTF-16 units. */
export function codePoints(text: string, from: number, to: number): number {
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
export function prefixCounter(text: string): (to: number) => number {
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

const SPACE = /\s/;

export function isSpace(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[index]));
}
