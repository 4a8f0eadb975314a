/**
 * A reader for the statements dist/bigquery/producer_partnerships.sql holds. sql-parser-cst (its
 * BigQuery dialect) reads the text: GoogleSQL's lexical rules (strings raw and triple-quoted, quoted
 * names, comments, reserved keywords) and the CREATE statements' grammar. This file turns its syntax
 * tree into what the UDF runtime needs (path, parameters and their types, result type, options, body)
 * and holds the statements to what BigQuery itself checks beyond the grammar and the parser does
 * not: only CREATE SCHEMA and CREATE FUNCTION ... LANGUAGE js, RETURNS given, each clause once,
 * OR REPLACE not with IF NOT EXISTS, no duplicate parameter or field, an ARRAY not directly in an
 * ARRAY, the types a JavaScript UDF accepts, no newline in a single-quoted string and only GoogleSQL's
 * escapes. Anything else is an error naming the line.
 * node-sql-parser (5.4, bigquery mode) parses queries but rejects every CREATE FUNCTION, Google's
 * own examples included, so it checks only the README's queries (test/bigquery/sql-file.test.ts).
 * sql-parser-cst is GPL-2.0-or-later: a devDependency of the tests, never bundled into dist/.
 *
 * Grammar (https://cloud.google.com/bigquery/docs/reference/standard-sql/data-definition-language#create_function_statement):
 *   CREATE [OR REPLACE] [TEMP | TEMPORARY] FUNCTION [IF NOT EXISTS] path ([name type, ...])
 *     RETURNS type [DETERMINISTIC | NOT DETERMINISTIC] LANGUAGE js [OPTIONS (name = value, ...)]
 *     AS string
 *   CREATE SCHEMA [IF NOT EXISTS] path [OPTIONS (...)]
 * Lexical rules (https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical).
 */
import { parse } from 'sql-parser-cst';

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

export class SqlSyntaxError extends Error {
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'SqlSyntaxError';
  }
}

/** A node of sql-parser-cst's tree, as far as this reader looks into it. */
interface Node {
  readonly type: string;
  readonly range?: [number, number];
  readonly [key: string]: unknown;
}

const child = (node: Node, key: string): Node | undefined => node[key] as Node | undefined;
const items = (list: Node | undefined): Node[] => (list?.expr as { items?: Node[] } | undefined)?.items ?? [];
const keywordText = (node: unknown): string =>
  (Array.isArray(node) ? node : [node]).map((k) => String((k as Node).name)).join(' ');

/** GoogleSQL's escapes in a quoted string that is not raw (the parser would take any letter). */
const ESCAPE = /\\(?:[abfnrtv\\?"'`]|[0-7]{3}|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/y;

class Reader {
  constructor(private readonly sql: string) {}

  lineOf(node: Node | undefined): number {
    const at = node?.range?.[0] ?? 0;
    let line = 1;
    for (let i = this.sql.indexOf('\n'); i >= 0 && i < at; i = this.sql.indexOf('\n', i + 1)) line++;
    return line;
  }

  fail(node: Node | undefined, message: string): never {
    throw new SqlSyntaxError(message, this.lineOf(node));
  }

  statements(): Node[] {
    try {
      const cst = parse(this.sql, { dialect: 'bigquery', includeRange: true, filename: 'sql' });
      return (cst as unknown as { statements: Node[] }).statements;
    } catch (error) {
      const message = (error as Error).message;
      const at = /--> sql:(\d+):\d+/.exec(message);
      const [found, expected] = message.split('\n');
      const wanted = /^Was expecting to see: (.*)$/.exec(expected ?? '')?.[1];
      const what = found.replace(/^Syntax Error: /, '');
      throw new SqlSyntaxError(
        wanted ? `${what} (expected ${wanted.length > 100 ? `${wanted.slice(0, 97)}...` : wanted})` : what,
        at ? Number(at[1]) : 1,
      );
    }
  }

  /** `project.dataset.name`, quoted whole or in parts. */
  path(node: Node | undefined): string {
    if (!node) this.fail(node, 'expected a name');
    if (node.type === 'identifier') return String(node.name);
    if (node.type === 'bigquery_quoted_member_expr') return this.path(child(node, 'expr'));
    if (node.type === 'member_expr') {
      return `${this.path(child(node, 'object'))}.${this.path(child(node, 'property'))}`;
    }
    return this.fail(node, `expected a name (got ${node.type})`);
  }

  /** A string literal's value, with the checks the parser leaves out. */
  string(node: Node | undefined, what: string): string {
    if (node?.type !== 'string_literal') return this.fail(node, `expected ${what}`);
    const text = String(node.text);
    const raw = /^[rR]|^[bB][rR]/.test(text);
    const quote = text.replace(/^[rRbB]+/, '');
    const triple = quote.startsWith("'''") || quote.startsWith('"""');
    if (!triple && text.includes('\n')) this.fail(node, 'newline in a single-quoted string');
    if (!raw) {
      for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 2)) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) this.fail(node, `unsupported escape ${text.slice(i, i + 2)}`);
      }
    }
    return String(node.value);
  }

  type(node: Node | undefined): SqlType {
    if (!node) return this.fail(node, 'expected a type');
    if (node.type === 'data_type_name') {
      const name = keywordText(node.name).toUpperCase();
      if (!SCALARS.has(name)) this.fail(node, `unknown type ${name}`);
      return { kind: 'scalar', name };
    }
    const kind = node.type === 'parametric_data_type' ? keywordText(node.typeKw).toUpperCase() : '';
    // ARRAY<...> and STRUCT<...>: generic_type_params holding a list_expr of the element or fields.
    const list = child(node, 'params')?.params as Node | undefined;
    const params = (list?.items as Node[] | undefined) ?? [];
    if (kind === 'ARRAY') {
      const element = this.type(child(params[0], 'dataType'));
      if (element.kind === 'array') this.fail(node, 'an ARRAY cannot hold an ARRAY directly');
      return { kind: 'array', element };
    }
    if (kind === 'STRUCT') {
      const fields: { name: string; type: SqlType }[] = [];
      const seen = new Set<string>();
      for (const param of params) {
        const field = this.path(child(param, 'name'));
        if (seen.has(field.toLowerCase())) this.fail(param, `duplicate field ${field}`);
        seen.add(field.toLowerCase());
        fields.push({ name: field, type: this.type(child(param, 'dataType')) });
      }
      return { kind: 'struct', fields };
    }
    return this.fail(node, `unsupported type ${this.sql.slice(...(node.range ?? [0, 0])).slice(0, 30)}`);
  }

  options(clause: Node): Map<string, string | string[]> {
    const options = new Map<string, string | string[]>();
    for (const option of items(child(clause, 'options'))) {
      const key = this.path(child(option, 'left'));
      const value = child(option, 'right');
      if (option.type !== 'binary_expr' || option.operator !== '=')
        this.fail(option, 'expected name = value');
      if (value?.type === 'array_expr')
        options.set(
          key,
          items(value).map((v) => this.string(v, 'a string')),
        );
      else options.set(key, this.string(value, 'a string'));
    }
    return options;
  }
}

function checkJsType(
  type: SqlType,
  where: string,
  fail: (message: string) => never,
  argument: boolean,
): void {
  if (type.kind === 'array') {
    checkJsType(type.element, where, fail, argument);
    return;
  }
  if (type.kind === 'struct') {
    for (const field of type.fields) checkJsType(field.type, `${where}.${field.name}`, fail, argument);
    return;
  }
  if (type.name === 'INT64' && !argument) return;
  if (!JS_TYPES.has(type.name)) {
    fail(
      `${where}: ${type.name} is not supported ${argument ? 'as an argument of' : 'as a result of'} a JavaScript UDF`,
    );
  }
}

function createFunction(reader: Reader, statement: Node): FunctionDefinition {
  const fail = (message: string, node: Node = statement): never => reader.fail(node, message);
  if (statement.orReplaceKw && statement.ifNotExistsKw)
    fail('OR REPLACE and IF NOT EXISTS cannot both be given');
  const path = reader.path(child(statement, 'name'));
  const params: { name: string; type: SqlType }[] = [];
  const seen = new Set<string>();
  for (const param of items(child(statement, 'params'))) {
    const name = reader.path(child(param, 'name'));
    if (seen.has(name.toLowerCase())) fail(`duplicate parameter ${name}`, param);
    seen.add(name.toLowerCase());
    params.push({ name, type: reader.type(child(param, 'dataType')) });
  }
  const clauses = new Map<string, Node>();
  for (const clause of (statement.clauses as Node[] | undefined) ?? []) {
    if (clauses.has(clause.type)) fail(`expected ";" (a second ${clause.type.replace(/_/g, ' ')})`, clause);
    clauses.set(clause.type, clause);
  }
  const returnsClause = clauses.get('returns_clause');
  if (!returnsClause) fail('a JavaScript UDF needs RETURNS');
  const returns = reader.type(child(returnsClause!, 'dataType'));
  const determinism = clauses.get('determinism_clause');
  const deterministic = determinism
    ? keywordText(determinism.deterministicKw).toUpperCase() === 'DETERMINISTIC'
    : undefined;
  const language = clauses.get('language_clause');
  if (!language) fail('expected LANGUAGE');
  const languageName = reader.path(child(language!, 'name'));
  if (languageName.toLowerCase() !== 'js')
    fail(`only LANGUAGE js is read here (got ${languageName})`, language);
  const optionsClause = clauses.get('bigquery_options');
  const options = optionsClause ? reader.options(optionsClause) : new Map<string, string | string[]>();
  const as = clauses.get('as_clause');
  if (!as) fail('expected AS');
  const body = reader.string(child(as!, 'expr'), 'the JavaScript code as a string');
  for (const param of params) checkJsType(param.type, param.name, fail, true);
  checkJsType(returns, 'RETURNS', fail, false);
  return { path, name: path.split('.').pop()!, params, returns, deterministic, options, body };
}

/** Reads a script of CREATE SCHEMA and CREATE FUNCTION ... LANGUAGE js statements. */
export function readScript(sql: string): Script {
  const reader = new Reader(sql);
  const schemas: string[] = [];
  const functions: FunctionDefinition[] = [];
  for (const statement of reader.statements()) {
    if (statement.type === 'empty') continue;
    if (statement.type === 'create_schema_stmt') {
      schemas.push(reader.path(child(statement, 'name')));
      for (const clause of (statement.clauses as Node[] | undefined) ?? []) {
        if (clause.type === 'bigquery_options') reader.options(clause);
      }
    } else if (statement.type === 'create_function_stmt') functions.push(createFunction(reader, statement));
    else reader.fail(statement, `expected CREATE SCHEMA or CREATE FUNCTION (got ${statement.type})`);
  }
  return { schemas, functions };
}

/** The type as SQL text, e.g. ARRAY<STRUCT<value FLOAT64, error STRING>>. */
export function typeText(type: SqlType): string {
  if (type.kind === 'scalar') return type.name;
  if (type.kind === 'array') return `ARRAY<${typeText(type.element)}>`;
  return `STRUCT<${type.fields.map((f) => `${f.name} ${typeText(f.type)}`).join(', ')}>`;
}
