/**
 * Sizes as Apps Script's quotas count them: UTF-8 bytes, not characters. A property value holds
 * 9 KB (key and value together) and a store 500 KB
 * (https://developers.google.com/apps-script/guides/services/quotas), so a character may cost 1 to
 * 4 bytes there. Apps Script has no TextEncoder, hence the count by code unit.
 */

/** The UTF-8 size of a string (a lone surrogate, which UTF-8 writes as U+FFFD, counts 3). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += unitBytes(text, i);
  return bytes;
}

/** Bytes of the code unit at i: a surrogate pair counts 4 at its high half and 0 at its low half. */
function unitBytes(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code < 0xdc00) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next < 0xe000 ? 4 : 3;
  }
  if (code >= 0xdc00 && code < 0xe000) {
    const prev = text.charCodeAt(i - 1);
    return prev >= 0xd800 && prev < 0xdc00 ? 0 : 3;
  }
  return 3;
}

/**
 * Cuts text into pieces of at most maxBytes UTF-8 bytes each, never inside a surrogate pair, so
 * joining them gives the text back. An empty text is one empty piece.
 */
export function cutUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const size = unitBytes(text, i);
    if (bytes + size > maxBytes && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (size === 4) i++; // the low half travels with its high half
  }
  pieces.push(text.slice(start));
  return pieces;
}
