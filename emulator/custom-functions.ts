// Evaluates the formulas the add-on writes and people type with its custom functions, as Sheets
// would: `=PRODUCER_SCORE(F2:F, G2:G, H2:H)`, `={"Score"; PRODUCER_SCORE(F2:H)}`,
// `=HYBRID_PAYOUT(1000, 10%, 25000)`, `=ROI_FORECAST(10, 1000, 4, 3, 20%, 3)`.
// Only the subset the add-on needs: array literals, calls of functions found in the loaded bundle,
// ranges (a single cell arrives as a value, a larger range as a 2-D array), numbers, percentages,
// text, TRUE/FALSE and unary minus. Anything else evaluates to '#NAME?' or '#ERROR!'.
import { envOf } from './env';
import { usesDecimalComma } from './locale';
import type { Emulator, FormulaEvaluator } from './types';

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'punct'; value: string };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?)|('(?:[^']|'')+'![$A-Za-z0-9:]+|\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?(?![\w(.!])|[A-Za-z_][\w.]*(?:![$A-Za-z0-9:]+)?)|([{}(),;-]))/y;

/**
 * The same in a decimal-comma locale (de_DE, fr_FR, pt_BR): numbers take a decimal comma, ";"
 * separates arguments and "\\" array columns, and a "," between arguments is a parse error.
 * Sheets parses formula text in the spreadsheet's locale (https://support.google.com/docs/answer/58515).
 */
const TOKEN_DECIMAL_COMMA =
  /\s*(?:("(?:[^"]|"")*")|((?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?%?)|('(?:[^']|'')+'![$A-Za-z0-9:]+|\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?(?![\w(.!])|[A-Za-z_][\w.]*(?:![$A-Za-z0-9:]+)?)|([{}();\\-]))/y;

interface Separators {
  readonly argument: string;
  readonly column: string;
}

function tokenize(text: string, decimalComma: boolean): Token[] {
  const TOKEN_RE = decimalComma ? TOKEN_DECIMAL_COMMA : TOKEN;
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    TOKEN_RE.lastIndex = index;
    const match = TOKEN_RE.exec(text);
    if (!match) throw new SyntaxError(`cannot read formula at "${text.slice(index, index + 10)}"`);
    index = TOKEN_RE.lastIndex;
    if (match[1] !== undefined)
      tokens.push({ kind: 'str', value: match[1].slice(1, -1).replace(/""/g, '"') });
    else if (match[2] !== undefined) {
      const percent = match[2].endsWith('%');
      const digits = percent ? match[2].slice(0, -1) : match[2];
      const n = Number(decimalComma ? digits.replace(',', '.') : digits);
      tokens.push({ kind: 'num', value: percent ? n / 100 : n });
    } else if (match[3] !== undefined) tokens.push({ kind: 'name', value: match[3] });
    else tokens.push({ kind: 'punct', value: match[4] });
  }
  return tokens;
}

type Grid = unknown[][];

/** Marks an omitted argument (`f(a, , c)`). */
const OMITTED = Symbol('omitted');

export interface CustomFunctionEvaluator extends FormulaEvaluator {
  /** The message of the last error per cell key 'Sheet!R,C', as Sheets shows on hover. */
  readonly errors: Map<string, string>;
}

/**
 * An evaluator for `emulator.formulaEvaluator` that calls the custom functions of a loaded bundle.
 * Range arguments are read with the uncounted user helpers: Sheets hands them to the function.
 */
export function customFunctionEvaluator(
  emulator: Emulator,
  bundle: Record<string, unknown>,
): CustomFunctionEvaluator {
  const errors = new Map<string, string>();

  function readRange(ref: string, sheetName: string): Grid {
    const bang = ref.lastIndexOf('!');
    const sheet = bang < 0 ? sheetName : ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
    const a1 = bang < 0 ? ref : ref.slice(bang + 1);
    return emulator.user.getValues(sheet, a1.replace(/\$/g, ''));
  }

  function evaluate(formula: string, sheetName: string): Grid {
    const decimalComma = usesDecimalComma(envOf(emulator).locale);
    const separators: Separators = decimalComma
      ? { argument: ';', column: '\\' }
      : { argument: ',', column: ',' };
    const tokens = tokenize(formula.replace(/^\s*=/, ''), decimalComma);
    let pos = 0;
    const peek = () => tokens[pos];
    const take = (value?: string) => {
      const token = tokens[pos++];
      if (!token || (value !== undefined && token.value !== value)) {
        throw new SyntaxError(`expected ${value ?? 'a value'} in ${formula}`);
      }
      return token;
    };

    const scalar = (value: unknown): Grid => [[value]];

    function expression(): Grid | typeof OMITTED {
      const token = peek();
      if (!token) throw new SyntaxError(`unexpected end of ${formula}`);
      if (token.kind === 'punct' && (token.value === separators.argument || token.value === ')'))
        return OMITTED;
      if (token.kind === 'punct' && token.value === '-') {
        take();
        const inner = expression();
        if (inner === OMITTED) throw new SyntaxError('minus without a value');
        return inner.map((row) => row.map((v) => (typeof v === 'number' ? -v : '#VALUE!')));
      }
      if (token.kind === 'punct' && token.value === '{') return arrayLiteral();
      take();
      if (token.kind === 'num' || token.kind === 'str') return scalar(token.value);
      if (token.kind === 'name') {
        const next = peek();
        if (next?.kind === 'punct' && next.value === '(') return call(token.value);
        const upper = token.value.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return scalar(upper === 'TRUE');
        return readRange(token.value, sheetName);
      }
      throw new SyntaxError(`unexpected "${token.value}" in ${formula}`);
    }

    function arrayLiteral(): Grid {
      take('{');
      const rows: Grid[] = [];
      let row: Grid[] = [];
      for (;;) {
        const element = expression();
        if (element === OMITTED) throw new SyntaxError('empty element in array literal');
        row.push(element);
        const sep = take();
        if (sep.value === separators.column) continue;
        rows.push(joinHorizontally(row));
        row = [];
        if (sep.value === ';') continue;
        if (sep.value === '}') break;
        throw new SyntaxError(`unexpected "${sep.value}" in array literal`);
      }
      const width = rows[0][0]?.length ?? 0;
      if (rows.some((r) => (r[0]?.length ?? 0) !== width)) {
        throw new RangeError('In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
      }
      return rows.flat();
    }

    function joinHorizontally(parts: Grid[]): Grid {
      const height = parts[0].length;
      if (parts.some((p) => p.length !== height)) {
        throw new RangeError(
          'In ARRAY_LITERAL, an Array Literal was missing values for one or more columns.',
        );
      }
      return parts[0].map((_, r) => parts.flatMap((p) => p[r]));
    }

    function call(name: string): Grid {
      take('(');
      const args: unknown[] = [];
      if (!(peek()?.kind === 'punct' && peek()?.value === ')')) {
        for (;;) {
          const arg = expression();
          // Sheets hands a single cell to a custom function as a value, a range as rows of columns.
          args.push(arg === OMITTED ? undefined : arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg);
          const sep = take();
          if (sep.value === ')') break;
          if (sep.value !== separators.argument)
            throw new SyntaxError(`unexpected "${sep.value}" in arguments`);
        }
      } else take(')');
      const fn = bundle[name.toUpperCase()];
      if (typeof fn !== 'function') throw new ReferenceError(`Unknown function: '${name}'.`);
      const result = (fn as (...a: unknown[]) => unknown)(...args);
      return Array.isArray(result)
        ? Array.isArray(result[0])
          ? (result as Grid)
          : [result]
        : scalar(result);
    }

    const result = expression();
    if (pos !== tokens.length) throw new SyntaxError(`unexpected "${tokens[pos].value}" in ${formula}`);
    return result === OMITTED ? scalar('') : result;
  }

  const evaluator = ((formula: string, sheetName: string, row: number, col: number) => {
    const key = `${sheetName}!${row},${col}`;
    try {
      const grid = evaluate(formula, sheetName);
      errors.delete(key);
      return grid.map((r) => r.map((v) => (v === undefined || v === null ? '' : v)));
    } catch (error) {
      errors.set(
        key,
        error instanceof Error || (error as { message?: string })?.message
          ? (error as Error).message
          : String(error),
      );
      return error instanceof ReferenceError ? '#NAME?' : '#ERROR!';
    }
  }) as CustomFunctionEvaluator;
  Object.defineProperty(evaluator, 'errors', { value: errors });
  return evaluator;
}
