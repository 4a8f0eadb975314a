/**
 * A reader for the statements dist/bigquery/producer_partnerships.sql holds, following GoogleSQL's
 * lexical rules and its CREATE FUNCTION grammar; anything else is an error naming the line.
 * node-sql-parser (5.4, bigquery mode) parses queries but rejects every CREATE FUNCTION, Google's
 * own examples included, so the statements that install functions are checked here.
 *
 * Grammar (https://cloud.google.com/bigquery/docs/reference/standard-sql/data-definition-language#create_function_statement):
 *   CREATE [OR REPLACE] [TEMP | TEMPORARY] FUNCTION [IF NOT EXISTS] path ([name type, ...])
 *     RETURNS type [DETERMINISTIC | NOT DETERMINISTIC] LANGUAGE js [OPTIONS (name = value, ...)]
 *     AS string
 *   CREATE SCHEMA [IF NOT EXISTS] path [OPTIONS (...)]
 * Lexical rules (https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical).
 */

export type SqlType =
  | { readonly kind: 'scalar'; readonly name: string }
  | { readonly kind: 'array'; readonly element: SqlType }
  | {
      readonly kind: 'struct';
      readonly fields: readonly { readonly name: string; readonly type: SqlType }[];
    };

export interface FunctionDefinition {
  readonly path: string;
  /** The last part of the path. */
  readonly name: string;
  readonly params: readonly { readonly name: string; readonly type: SqlType }[];
  readonly returns: SqlType;
  readonly deterministic: boolean | undefined;
  readonly options: ReadonlyMap<string, string | string[]>;
  readonly body: string;
}

export interface Script {
  readonly schemas: readonly string[];
  readonly functions: readonly FunctionDefinition[];
}

const SCALARS = new Set([
  'INT64',
  'FLOAT64',
  'NUMERIC',
  'BIGNUMERIC',
  'BOOL',
  'STRING',
  'BYTES',
  'DATE',
  'DATETIME',
  'TIME',
  'TIMESTAMP',
  'JSON',
  'GEOGRAPHY',
  'INTERVAL',
]);

/** Types a JavaScript UDF may take and return (https://cloud.google.com/bigquery/docs/user-defined-functions#supported-javascript-udf-data-types). */
const JS_TYPES = new Set([
  'FLOAT64',
  'NUMERIC',
  'BIGNUMERIC',
  'BOOL',
  'STRING',
  'BYTES',
  'DATE',
  'TIMESTAMP',
  'JSON',
]);

/** GoogleSQL's reserved keywords: not usable as unquoted names. */
const RESERVED = new Set(
  `ALL AND ANY ARRAY AS ASC ASSERT_ROWS_MODIFIED AT BETWEEN BY CASE CAST COLLATE CONTAINS CREATE CROSS CUBE
  CURRENT DEFAULT DEFINE DESC DISTINCT ELSE END ENUM ESCAPE EXCEPT EXCLUDE EXISTS EXTRACT FALSE FETCH FOLLOWING
  FOR FROM FULL GROUP GROUPING GROUPS HASH HAVING IF IGNORE IN INNER INTERSECT INTERVAL INTO IS JOIN LATERAL
  LEFT LIKE LIMIT LOOKUP MERGE NATURAL NEW NO NOT NULL NULLS OF ON OR ORDER OUTER OVER PARTITION PRECEDING
  PROTO QUALIFY RANGE RECURSIVE RESPECT RIGHT ROLLUP ROWS SELECT SET SOME STRUCT TABLESAMPLE THEN TO TREAT
  TRUE UNBOUNDED UNION UNNEST USING WHEN WHERE WINDOW WITH WITHIN`.split(/\s+/),
);

import { SqlSyntaxError, type Token, tokenize } from './lexer';

export { SqlSyntaxError };

class Reader {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  get done(): boolean {
    return this.at >= this.tokens.length;
  }

  private get line(): number {
    return (this.tokens[this.at] ?? this.tokens[this.tokens.length - 1])?.line ?? 1;
  }

  fail(message: string): never {
    throw new SqlSyntaxError(message, this.line);
  }

  peekWord(word: string, offset = 0): boolean {
    const token = this.tokens[this.at + offset];
    return token?.kind === 'word' && token.text.toUpperCase() === word;
  }

  acceptWord(word: string): boolean {
    if (!this.peekWord(word)) return false;
    this.at++;
    return true;
  }

  word(word: string): void {
    if (!this.acceptWord(word)) this.fail(`expected ${word}${this.describeNext()}`);
  }

  acceptPunct(text: string): boolean {
    const token = this.tokens[this.at];
    if (token?.kind !== 'punct' || token.text !== text) return false;
    this.at++;
    return true;
  }

  punct(text: string): void {
    if (!this.acceptPunct(text)) this.fail(`expected "${text}"${this.describeNext()}`);
  }

  /** An unquoted name that is not a reserved keyword, or a quoted one. */
  name(what: string): string {
    const token = this.tokens[this.at];
    if (token?.kind === 'quoted') {
      this.at++;
      return token.text;
    }
    if (token?.kind !== 'word') this.fail(`expected ${what}${this.describeNext()}`);
    if (RESERVED.has(token.text.toUpperCase())) this.fail(`${token.text} is a reserved keyword`);
    this.at++;
    return token.text;
  }

  /** `project.dataset.name`, quoted whole or in parts. */
  path(): string {
    const parts = [this.name('a name')];
    while (this.acceptPunct('.')) parts.push(this.name('a name'));
    const path = parts.join('.');
    if (path.split('.').some((part) => part === '')) this.fail(`bad path ${path}`);
    return path;
  }

  string(what: string): string {
    const token = this.tokens[this.at];
    if (token?.kind !== 'string') this.fail(`expected ${what}${this.describeNext()}`);
    this.at++;
    return token.text;
  }

  type(): SqlType {
    const token = this.tokens[this.at];
    if (token?.kind !== 'word') this.fail(`expected a type${this.describeNext()}`);
    const name = token.text.toUpperCase();
    this.at++;
    if (name === 'ARRAY') {
      this.punct('<');
      const element = this.type();
      if (element.kind === 'array') this.fail('an ARRAY cannot hold an ARRAY directly');
      this.punct('>');
      return { kind: 'array', element };
    }
    if (name === 'STRUCT') {
      this.punct('<');
      const fields: { name: string; type: SqlType }[] = [];
      const seen = new Set<string>();
      do {
        const field = this.name('a field name');
        if (seen.has(field.toLowerCase())) this.fail(`duplicate field ${field}`);
        seen.add(field.toLowerCase());
        fields.push({ name: field, type: this.type() });
      } while (this.acceptPunct(','));
      this.punct('>');
      return { kind: 'struct', fields };
    }
    if (!SCALARS.has(name)) this.fail(`unknown type ${token.text}`);
    return { kind: 'scalar', name };
  }

  options(): Map<string, string | string[]> {
    const options = new Map<string, string | string[]>();
    this.punct('(');
    do {
      const key = this.name('an option name');
      this.punct('=');
      if (this.acceptPunct('[')) {
        const values: string[] = [];
        if (!this.acceptPunct(']')) {
          do values.push(this.string('a string'));
          while (this.acceptPunct(','));
          this.punct(']');
        }
        options.set(key, values);
      } else options.set(key, this.string('a string'));
    } while (this.acceptPunct(','));
    this.punct(')');
    return options;
  }

  private describeNext(): string {
    const token = this.tokens[this.at];
    return token ? ` (got ${token.text.slice(0, 30)})` : ' (got the end)';
  }
}

function checkJsType(type: SqlType, where: string, reader: Reader, argument: boolean): void {
  if (type.kind === 'array') {
    checkJsType(type.element, where, reader, argument);
    return;
  }
  if (type.kind === 'struct') {
    for (const field of type.fields) checkJsType(field.type, `${where}.${field.name}`, reader, argument);
    return;
  }
  if (type.name === 'INT64' && !argument) return;
  if (!JS_TYPES.has(type.name)) {
    reader.fail(
      `${where}: ${type.name} is not supported ${argument ? 'as an argument of' : 'as a result of'} a JavaScript UDF`,
    );
  }
}

function createFunction(reader: Reader): FunctionDefinition {
  const path = reader.path();
  const params: { name: string; type: SqlType }[] = [];
  const seen = new Set<string>();
  reader.punct('(');
  if (!reader.acceptPunct(')')) {
    do {
      const name = reader.name('a parameter name');
      if (seen.has(name.toLowerCase())) reader.fail(`duplicate parameter ${name}`);
      seen.add(name.toLowerCase());
      params.push({ name, type: reader.type() });
    } while (reader.acceptPunct(','));
    reader.punct(')');
  }
  if (!reader.acceptWord('RETURNS')) reader.fail('a JavaScript UDF needs RETURNS');
  const returns = reader.type();
  let deterministic: boolean | undefined;
  if (reader.acceptWord('DETERMINISTIC')) deterministic = true;
  else if (reader.peekWord('NOT') && reader.peekWord('DETERMINISTIC', 1)) {
    reader.word('NOT');
    reader.word('DETERMINISTIC');
    deterministic = false;
  }
  reader.word('LANGUAGE');
  const language = reader.name('a language');
  if (language.toLowerCase() !== 'js') reader.fail(`only LANGUAGE js is read here (got ${language})`);
  const options = reader.acceptWord('OPTIONS') ? reader.options() : new Map<string, string | string[]>();
  reader.word('AS');
  const body = reader.string('the JavaScript code as a string');
  for (const param of params) checkJsType(param.type, param.name, reader, true);
  checkJsType(returns, 'RETURNS', reader, false);
  return { path, name: path.split('.').pop()!, params, returns, deterministic, options, body };
}

/** Reads a script of CREATE SCHEMA and CREATE FUNCTION ... LANGUAGE js statements. */
export function readScript(sql: string): Script {
  const reader = new Reader(tokenize(sql));
  const schemas: string[] = [];
  const functions: FunctionDefinition[] = [];
  while (!reader.done) {
    if (reader.acceptPunct(';')) continue;
    reader.word('CREATE');
    if (reader.acceptWord('SCHEMA')) {
      if (reader.acceptWord('IF')) {
        reader.word('NOT');
        reader.word('EXISTS');
      }
      schemas.push(reader.path());
      if (reader.acceptWord('OPTIONS')) reader.options();
    } else {
      const replace = reader.acceptWord('OR');
      if (replace) reader.word('REPLACE');
      if (!reader.acceptWord('TEMP')) reader.acceptWord('TEMPORARY');
      reader.word('FUNCTION');
      if (reader.acceptWord('IF')) {
        if (replace) reader.fail('OR REPLACE and IF NOT EXISTS cannot both be given');
        reader.word('NOT');
        reader.word('EXISTS');
      }
      functions.push(createFunction(reader));
    }
    if (!reader.done) reader.punct(';');
  }
  return { schemas, functions };
}

/** The type as SQL text, e.g. ARRAY<STRUCT<value FLOAT64, error STRING>>. */
export function typeText(type: SqlType): string {
  if (type.kind === 'scalar') return type.name;
  if (type.kind === 'array') return `ARRAY<${typeText(type.element)}>`;
  return `STRUCT<${type.fields.map((f) => `${f.name} ${typeText(f.type)}`).join(', ')}>`;
}
