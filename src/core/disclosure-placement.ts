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

/** The run holding the tag at [start, end), found by walking out from the tag. */
export function runAround(text: string, start: number, end: number): HashtagRun {
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
