/**
 * GoogleSQL's lexical structure, as far as the generated SQL file needs it: words, `quoted`
 * names, strings ('...', "...", triple-quoted, raw r"..." and bytes b"..."), numbers, punctuation,
 * line and block comments (https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical).
 */

export type Token =
  | { kind: 'word'; text: string; line: number }
  | { kind: 'quoted'; text: string; line: number }
  | { kind: 'string'; text: string; line: number }
  | { kind: 'number'; text: string; line: number }
  | { kind: 'punct'; text: string; line: number };

export class SqlSyntaxError extends Error {
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'SqlSyntaxError';
  }
}

const ESCAPES = new Map([
  ['n', '\n'],
  ['t', '\t'],
  ['r', '\r'],
  ['\\', '\\'],
  ["'", "'"],
  ['"', '"'],
  ['`', '`'],
  ['?', '?'],
]);

/** Splits the script into tokens; each loop step consumes at least one character, so it is linear. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new SqlSyntaxError(message, line);
  };
  while (i < sql.length) {
    const c = sql[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '#' || (c === '-' && sql[i + 1] === '-')) {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment');
      for (let k = i; k < end; k++) if (sql[k] === '\n') line++;
      i = end + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < sql.length && /[A-Za-z0-9_]/.test(sql[j])) j++;
      const word = sql.slice(i, j);
      const raw = /^[rR]$/.test(word) || /^([rR][bB]|[bB][rR])$/.test(word);
      if ((raw || /^[bB]$/.test(word)) && (sql[j] === '"' || sql[j] === "'")) {
        const literal = readString(j, raw);
        tokens.push({ kind: 'string', text: literal.text, line });
        i = literal.end;
      } else {
        tokens.push({ kind: 'word', text: word, line });
        i = j;
      }
    } else if (c === '`') {
      const end = sql.indexOf('`', i + 1);
      if (end < 0 || sql.slice(i + 1, end).includes('\n')) fail('unterminated quoted identifier');
      if (end === i + 1) fail('empty quoted identifier');
      tokens.push({ kind: 'quoted', text: sql.slice(i + 1, end), line });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      const literal = readString(i, false);
      tokens.push({ kind: 'string', text: literal.text, line });
      i = literal.end;
    } else if (/[0-9]/.test(c)) {
      let j = i;
      while (j < sql.length && /[0-9.]/.test(sql[j])) j++;
      tokens.push({ kind: 'number', text: sql.slice(i, j), line });
      i = j;
    } else if ('(),<>;.=[]'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, line });
      i++;
    } else fail(`unexpected character ${JSON.stringify(c)}`);
  }
  return tokens;

  /** A quoted string from its opening quote: '...', "...", '''...''' or """...""". */
  function readString(start: number, raw: boolean): { text: string; end: number } {
    const quote = sql[start];
    const triple = sql.startsWith(quote.repeat(3), start);
    const close = triple ? quote.repeat(3) : quote;
    let j = start + close.length;
    let text = '';
    for (;;) {
      if (j >= sql.length) fail('unterminated string');
      if (sql.startsWith(close, j)) return { text, end: j + close.length };
      const ch = sql[j];
      if (ch === '\n') {
        if (!triple) fail('newline in a single-quoted string');
        line++;
      }
      if (ch === '\\') {
        // A backslash always takes the next character with it, even in a raw string (where both are kept).
        const next = sql[j + 1];
        if (next === undefined) fail('unterminated string');
        if (raw) text += ch + next;
        else {
          const escaped = ESCAPES.get(next);
          if (escaped === undefined) fail(`unsupported escape \\${next}`);
          text += escaped;
        }
        if (next === '\n') line++;
        j += 2;
        continue;
      }
      text += ch;
      j++;
    }
  }
}
