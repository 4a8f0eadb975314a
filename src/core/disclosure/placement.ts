/** Where a disclosure sits: the part of a caption a feed shows, and the hashtag block around a tag. */
import { isSpace, wordAt, wordBefore } from './caption-text';

/** Characters a feed shows before "more". */
export const SHOWN_BEFORE_MORE = 125;
/** A disclosure hashtag is buried in a run of hashtags holding at least this many other tags. */
export const HASHTAG_CROWD = 3;

/** A run of hashtags with nothing but whitespace between them: its bounds and its size. */
export interface HashtagRun {
  readonly first: number;
  readonly last: number;
  readonly tags: number;
}

/**
 * The run holding the tag at [start, end), found by walking out from the tag. A '#' starts a tag at
 * the start of the text, after whitespace or glued to another tag ("#a#b"), never inside a word
 * ("a#b"): walking back, tags glued to each other count only once the walk reaches whitespace or
 * the start of the text before them.
 */
export function runAround(text: string, start: number, end: number): HashtagRun {
  let tags = 1;
  let first = start;
  let glued = 0; // tags glued to each other, left of `first`, not yet known to start a word
  let gluedFirst = start;
  let cursor = start;
  for (;;) {
    let i = cursor;
    while (i > 0 && isSpace(text, i - 1)) i--;
    if (i < cursor || i === 0) {
      tags += glued;
      first = gluedFirst;
      glued = 0;
    }
    if (i === 0) break;
    let word = i;
    while (wordBefore(text, word))
      word -= text.charCodeAt(word - 1) >= 0xdc00 && text.charCodeAt(word - 1) <= 0xdfff && word >= 2 ? 2 : 1;
    // A plain word ends the run; glued to the tags just walked, it held their '#' ("a#b"): they are dropped.
    if (word === i || word === 0 || text.charCodeAt(word - 1) !== 35) break; // '#'
    glued++;
    gluedFirst = word - 1;
    cursor = word - 1;
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
