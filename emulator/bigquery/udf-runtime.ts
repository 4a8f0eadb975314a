/**
 * Runs the JavaScript UDFs of a SQL script the way BigQuery does
 * (https://cloud.google.com/bigquery/docs/user-defined-functions#supported-javascript-udf-data-types):
 * the body is the body of a function whose parameters are the SQL parameters, by name, in a fresh
 * JavaScript context per function with no Node globals (no require, process, DOM); SQL NULL is
 * null, FLOAT64 a Number, STRING a String, BOOL a Boolean, ARRAY an Array, STRUCT an Object with
 * one property per field, DATE and TIMESTAMP a Date, JSON the parsed value. Results go back by the
 * declared type: FLOAT64 must be a Number, INT64 a Number or a String of an integer, DATE a Date
 * (read as its UTC day), STRUCT an Object with the declared fields and no others, and an ARRAY may
 * hold no NULL (BigQuery rejects such a result). A result that does not fit throws, as the query
 * would fail.
 */
import vm from 'node:vm';
import { type FunctionDefinition, readScript, type SqlType, typeText } from './sql';

/** What a query passes and gets back: null, numbers, strings, booleans, Dates, arrays, plain objects. */
export type SqlValue = unknown;

export interface Udf {
  readonly definition: FunctionDefinition;
  /** Calls the function with named arguments, every parameter given (NULL as null). */
  call(args: Record<string, SqlValue>): SqlValue;
  /** The same with positional arguments, in parameter order (for loops over many rows). */
  apply(args: readonly SqlValue[]): SqlValue;
}

/** Makers that run inside the function's context, so its arrays, objects and dates are its own. */
interface Realm {
  array(): unknown[];
  object(): Record<string, unknown>;
  date(ms: number): Date;
  parseJson(text: string): unknown;
}

const MS_PER_DAY = 86_400_000;

class UdfTypeError extends Error {
  constructor(fn: string, message: string) {
    super(`${fn}: ${message}`);
    this.name = 'UdfTypeError';
  }
}

/** Field names of each STRUCT type, found once: results are checked row by row. */
const fieldNames = new WeakMap<SqlType, ReadonlySet<string>>();
function fieldsOf(type: Extract<SqlType, { kind: 'struct' }>): ReadonlySet<string> {
  let names = fieldNames.get(type);
  if (!names) {
    names = new Set(type.fields.map((f) => f.name));
    fieldNames.set(type, names);
  }
  return names;
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isDate(value);

function load(definition: FunctionDefinition): Udf {
  const context = vm.createContext({}, { name: `bigquery:${definition.name}` });
  const realm = vm.runInContext(
    `({ array: () => [], object: () => ({}), date: (ms) => new Date(ms), parseJson: (t) => JSON.parse(t) })`,
    context,
  ) as Realm;
  const names = definition.params.map((p) => p.name);
  const fn = new vm.Script(`(function (${names.join(', ')}) {\n${definition.body}\n})`, {
    filename: `${definition.name}.js`,
  }).runInContext(context) as (...args: unknown[]) => unknown;
  const fail = (message: string): never => {
    throw new UdfTypeError(definition.name, message);
  };

  const toJs = (value: SqlValue, type: SqlType, where: string): unknown => {
    if (value === null || value === undefined) return null;
    if (type.kind === 'array') {
      if (!Array.isArray(value)) return fail(`${where} must be an ARRAY`);
      const out = realm.array();
      for (let i = 0; i < value.length; i++) out.push(toJs(value[i], type.element, `${where}[${i}]`));
      return out;
    }
    if (type.kind === 'struct') {
      if (!isPlainObject(value)) return fail(`${where} must be a STRUCT`);
      const out = realm.object();
      for (const field of type.fields)
        out[field.name] = toJs(value[field.name], field.type, `${where}.${field.name}`);
      return out;
    }
    switch (type.name) {
      case 'FLOAT64':
        return typeof value === 'number' ? value : fail(`${where} must be a FLOAT64 (got ${typeof value})`);
      case 'STRING':
        return typeof value === 'string' ? value : fail(`${where} must be a STRING (got ${typeof value})`);
      case 'BOOL':
        return typeof value === 'boolean' ? value : fail(`${where} must be a BOOL (got ${typeof value})`);
      case 'DATE': {
        // A DATE has no time of day: it reaches JavaScript as midnight UTC of that day.
        if (!isDate(value)) return fail(`${where} must be a DATE`);
        return realm.date(Math.floor(value.getTime() / MS_PER_DAY) * MS_PER_DAY);
      }
      case 'TIMESTAMP':
        return isDate(value) ? realm.date(value.getTime()) : fail(`${where} must be a TIMESTAMP`);
      case 'JSON':
        return realm.parseJson(JSON.stringify(value));
      default:
        return fail(`${where}: ${type.name} is not handled here`);
    }
  };

  const fromJs = (value: unknown, type: SqlType, where: string): SqlValue => {
    if (value === null || value === undefined) return null;
    if (type.kind === 'array') {
      if (!Array.isArray(value)) return fail(`${where} returned ${typeof value} for an ARRAY`);
      return value.map((element, i) => {
        if (element === null || element === undefined)
          fail(`${where}[${i}] is NULL: an ARRAY cannot hold NULL`);
        return fromJs(element, type.element, `${where}[${i}]`);
      });
    }
    if (type.kind === 'struct') {
      if (!isPlainObject(value)) return fail(`${where} returned ${typeof value} for a STRUCT`);
      const fields = fieldsOf(type);
      for (const key in value) {
        if (!fields.has(key)) fail(`${where} has a field not in ${typeText(type)}: ${key}`);
      }
      const out: Record<string, SqlValue> = {};
      for (const field of type.fields)
        out[field.name] = fromJs(value[field.name], field.type, `${where}.${field.name}`);
      return out;
    }
    switch (type.name) {
      case 'FLOAT64':
        return typeof value === 'number' ? value : fail(`${where} returned ${typeof value} for a FLOAT64`);
      case 'INT64': {
        const n = typeof value === 'string' && /^-?\d{1,19}$/.test(value) ? Number(value) : value;
        return typeof n === 'number' && Number.isInteger(n)
          ? n
          : fail(`${where} returned ${String(value)} for an INT64`);
      }
      case 'STRING':
        return typeof value === 'string' ? value : fail(`${where} returned ${typeof value} for a STRING`);
      case 'BOOL':
        return typeof value === 'boolean' ? value : fail(`${where} returned ${typeof value} for a BOOL`);
      case 'DATE':
        return isDate(value)
          ? value.toISOString().slice(0, 10)
          : fail(`${where} returned ${typeof value} for a DATE`);
      case 'TIMESTAMP':
        return isDate(value)
          ? new Date(value.getTime())
          : fail(`${where} returned ${typeof value} for a TIMESTAMP`);
      case 'JSON':
        return JSON.parse(JSON.stringify(value));
      default:
        return fail(`${where}: ${type.name} is not handled here`);
    }
  };

  const apply = (args: readonly SqlValue[]): SqlValue => {
    if (args.length !== definition.params.length) {
      fail(`takes ${definition.params.length} arguments (got ${args.length})`);
    }
    const values = definition.params.map((param, i) => toJs(args[i], param.type, param.name));
    let result: unknown;
    try {
      result = fn(...values);
    } catch (error) {
      // The query fails with the error's message; re-made here, since the context has its own Error.
      throw new Error((error as Error)?.message ?? String(error));
    }
    if (typeof (result as Promise<unknown>)?.then === 'function')
      fail('returned a Promise; this runner is synchronous');
    return fromJs(result, definition.returns, 'result');
  };

  return {
    definition,
    apply,
    call(args) {
      const given = Object.keys(args);
      const unknown = given.filter((name) => !names.includes(name));
      const missing = names.filter((name) => !given.includes(name));
      if (unknown.length || missing.length) {
        fail(
          `arguments by name: ${[...missing.map((n) => `missing ${n}`), ...unknown.map((n) => `unknown ${n}`)].join(', ')}`,
        );
      }
      return apply(names.map((name) => args[name]));
    },
  };
}

/** Every JavaScript function of a script, by name, each in its own context. */
export function loadUdfs(sql: string): Map<string, Udf> {
  return new Map(readScript(sql).functions.map((definition) => [definition.name, load(definition)]));
}
