/**
 * How a message repeats a person's text (an ID, a sheet name, a cell's value): on one line and cut to
 * about 80 characters. A cell holds up to 50,000 characters, and a message that repeated a hostile ID
 * whole would fill a toast, a Status cell or a sidebar with it. Every message quoting user text goes
 * through here.
 */

/** The most characters a Google Sheets cell holds; a function's result cell must fit in it. */
export const CELL_MAX_CHARACTERS = 50_000;

/** The most characters of a person's text a message repeats. */
export const QUOTED_TEXT_MAX = 80;

/** `text` on one line, at most `max` characters: a longer one ends in "..." (never half a surrogate pair). */
export function shortText(text: string, max = QUOTED_TEXT_MAX): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (oneLine.length <= max) return oneLine;
  let cut = max - 3;
  const code = oneLine.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${oneLine.slice(0, cut)}...`;
}

/** The same in double quotes: "P-0001". */
export function quoted(text: string, max = QUOTED_TEXT_MAX): string {
  return `"${shortText(text, max)}"`;
}
