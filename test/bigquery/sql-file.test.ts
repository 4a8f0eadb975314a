// The generated SQL file: what it holds, that it reads as BigQuery's grammar for these statements,
// that it is the same for the same sources, that the dataset is a checked parameter, and that the
// README's example queries parse as BigQuery SQL (node-sql-parser) and call the functions it defines.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'node-sql-parser';
import { readScript, SqlSyntaxError, typeText } from '../../emulator/bigquery/sql';
import { freshAddon } from '../integration/harness';
import { SQL, SQL_PATH } from './helpers';

const ROOT = join(__dirname, '..', '..');
const GENERATOR = join(ROOT, 'scripts', 'bigquery.mjs');
const BODY_LIMIT = 32768;

function generate(...args: string[]) {
  const out = join(mkdtempSync(join(tmpdir(), 'bq-')), 'out.sql');
  const run = spawnSync(process.execPath, [GENERATOR, '--out', out, ...args], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, sql: run.status === 0 ? readFileSync(out, 'utf8') : '' };
}

describe('dist/bigquery/producer_partnerships.sql', () => {
  const script = readScript(SQL);

  it('creates the dataset and one JavaScript function per rule, each DETERMINISTIC with a description', () => {
    expect(script.schemas).toEqual(['producer_partnerships']);
    expect(script.functions.map((f) => f.path)).toEqual([
      'producer_partnerships.producer_score',
      'producer_partnerships.hybrid_payout',
      'producer_partnerships.roi_forecast',
      'producer_partnerships.utm_link',
      'producer_partnerships.disclosure_check',
      'producer_partnerships.lifecycle_status',
    ]);
    for (const fn of script.functions) {
      expect(fn.deterministic).toBe(true);
      expect(fn.options.get('description')).toMatch(/\w/);
    }
  });

  it("every body is under BigQuery's 32,768-byte limit and has no Apps Script in it", () => {
    for (const fn of script.functions) {
      expect(Buffer.byteLength(fn.body)).toBeLessThan(BODY_LIMIT);
      expect(fn.body).not.toMatch(/SpreadsheetApp|Session\.|Utilities\.|PropertiesService|LockService/);
      // The size line above each statement is the body's size.
      expect(SQL).toContain(`-- ${fn.name}: ${Buffer.byteLength(fn.body)} of ${BODY_LIMIT} bytes.`);
    }
  });

  it('bodies are the core: its messages are in them', () => {
    const body = new Map(script.functions.map((fn) => [fn.name, fn.body]));
    expect(body.get('producer_score')).toContain('must be between');
    expect(body.get('hybrid_payout')).toContain('tier table must start at sales_from 0');
    expect(body.get('hybrid_payout')).toContain('did you mean');
    expect(body.get('roi_forecast')).toContain('must be a whole number from 1 to');
    expect(body.get('lifecycle_status')).toContain('vet the producer before Negotiation');
    expect(body.get('utm_link')).toContain('utm_campaign');
    expect(body.get('disclosure_check')).toContain('paid partnership');
  });

  it('signatures: numbers as FLOAT64 (no INT64 argument), results as documented', () => {
    const signature = new Map(
      script.functions.map((fn) => [
        fn.name,
        `(${fn.params.map((p) => `${p.name} ${typeText(p.type)}`).join(', ')}) -> ${typeText(fn.returns)}`,
      ]),
    );
    expect(signature.get('producer_score')).toBe(
      '(relevance FLOAT64, resonance FLOAT64, reliability FLOAT64, weights ARRAY<FLOAT64>) -> STRUCT<value FLOAT64, error STRING>',
    );
    expect(signature.get('hybrid_payout')).toBe(
      '(base_fee FLOAT64, commission FLOAT64, attributed_sales FLOAT64, bonus_threshold FLOAT64, bonus_amount FLOAT64, cap FLOAT64, tiers ARRAY<STRUCT<sales_from FLOAT64, rate FLOAT64>>, tier_mode STRING) -> STRUCT<value FLOAT64, error STRING>',
    );
    expect(signature.get('utm_link')).toBe(
      '(url STRING, source STRING, medium STRING, campaign STRING, content STRING, term STRING) -> STRUCT<value STRING, error STRING>',
    );
    expect(signature.get('disclosure_check')).toBe(
      '(caption STRING, brand STRING) -> STRUCT<value STRING, error STRING>',
    );
    expect(signature.get('lifecycle_status')).toBe(
      '(row JSON, now TIMESTAMP, previous_stage STRING, over_reliance_share FLOAT64) -> STRING',
    );
  });

  it("roi_forecast's rows have ROI_FORECAST's columns, Month split into month and month_start", () => {
    const [header] = freshAddon().gas.ROI_FORECAST(1, 1, 1, 1) as string[][];
    const roi = script.functions.find((fn) => fn.name === 'roi_forecast')!;
    expect(roi.returns.kind).toBe('array');
    const row = roi.returns.kind === 'array' ? roi.returns.element : roi.returns;
    expect(row.kind === 'struct' && row.fields.map((f) => `${f.name} ${typeText(f.type)}`)).toEqual([
      'month INT64',
      'month_start DATE',
      ...header.slice(1).map((h) => `${h.toLowerCase().replace(/ /g, '_')} FLOAT64`),
    ]);
  });

  it('node-sql-parser reads every type and call as the reader does (JSON aside, which it does not know)', () => {
    const parser = new Parser();
    type Parsed = { dataType: string; definition?: { field_name: string | null; field_type: Parsed }[] };
    const asType = (t: Parsed): unknown =>
      t.dataType === 'ARRAY'
        ? { kind: 'array', element: asType(t.definition![0].field_type) }
        : t.dataType === 'STRUCT'
          ? {
              kind: 'struct',
              fields: t.definition!.map((f) => ({ name: f.field_name, type: asType(f.field_type) })),
            }
          : { kind: 'scalar', name: t.dataType };
    let checked = 0;
    for (const fn of script.functions) {
      for (const type of [...fn.params.map((p) => p.type), fn.returns]) {
        if (typeText(type).includes('JSON')) continue;
        const ast = parser.astify(`SELECT CAST(NULL AS ${typeText(type)})`, {
          database: 'bigquery',
        }) as unknown as {
          columns: { expr: { target: Parsed[] } }[];
        };
        expect(asType(ast.columns[0].expr.target[0])).toEqual(type);
        checked++;
      }
      const nulls = fn.params.map(() => 'NULL').join(', ');
      expect(() => parser.astify(`SELECT ${fn.path}(${nulls})`, { database: 'bigquery' })).not.toThrow();
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('the same sources give the same bytes; the dataset is a parameter, checked', () => {
    expect(generate().sql).toBe(SQL);
    expect(generate().sql).toBe(SQL);
    const other = generate('--dataset', 'my-project.partnerships');
    expect(other.status).toBe(0);
    const script2 = readScript(other.sql);
    expect(script2.schemas).toEqual(['my-project.partnerships']);
    expect(script2.functions.map((f) => f.path)).toEqual(
      script.functions.map((f) => `my-project.partnerships.${f.name}`),
    );
    expect(script2.functions.map((f) => f.body)).toEqual(script.functions.map((f) => f.body));
    for (const bad of ['x`; DROP SCHEMA y; --', 'my dataset', 'a.b.c', '']) {
      const run = generate('--dataset', bad);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('dataset must be a BigQuery dataset name');
    }
  });
});

describe('the reader holds statements to the grammar', () => {
  const fn = (text: string) => `CREATE OR REPLACE FUNCTION ds.f${text}`;
  it.each([
    [fn('(x FLOAT64) LANGUAGE js AS "return x;"'), 'a JavaScript UDF needs RETURNS'],
    [fn('(x INT64) RETURNS FLOAT64 LANGUAGE js AS "return x;"'), 'INT64 is not supported as an argument'],
    [
      fn('(x STRUCT<a INT64>) RETURNS FLOAT64 LANGUAGE js AS "1"'),
      'x.a: INT64 is not supported as an argument',
    ],
    [fn('(x FLOAT64) RETURNS DATETIME LANGUAGE js AS "1"'), 'DATETIME is not supported as a result'],
    [fn('(x FLOAT64) RETURNS FLOAT65 LANGUAGE js AS "1"'), 'Unexpected "FLOAT65" (expected "ANY", "ARRAY",'],
    [fn('(x FLOAT64) RETURNS INTEGER LANGUAGE js AS "1"'), 'unknown type INTEGER'],
    [fn('(x ARRAY<ARRAY<FLOAT64>>) RETURNS FLOAT64 LANGUAGE js AS "1"'), 'cannot hold an ARRAY'],
    [
      fn('(rows FLOAT64) RETURNS FLOAT64 LANGUAGE js AS "1"'),
      'Unexpected "rows" (expected ")", identifier, or whitespace)',
    ],
    [fn('(x FLOAT64, x STRING) RETURNS FLOAT64 LANGUAGE js AS "1"'), 'duplicate parameter x'],
    [fn('(x FLOAT64) RETURNS FLOAT64 LANGUAGE python AS "1"'), 'only LANGUAGE js'],
    [fn('(x FLOAT64) RETURNS FLOAT64 LANGUAGE js AS r"""return x;'), 'Unexpected "\\""'],
    [fn('(x FLOAT64) RETURNS FLOAT64 LANGUAGE js AS "a\nb"'), 'newline in a single-quoted string'],
    [fn('(x FLOAT64) RETURNS FLOAT64 LANGUAGE js AS "1" LANGUAGE js'), 'expected ";"'],
    [fn('(x FLOAT64) RETURNS FLOAT64 LANGUAGE js AS "\\q"'), 'unsupported escape \\q'],
    [fn('(x STRUCT<a FLOAT64, A STRING>) RETURNS FLOAT64 LANGUAGE js AS "1"'), 'duplicate field A'],
    [
      'CREATE OR REPLACE FUNCTION IF NOT EXISTS ds.f(x FLOAT64) RETURNS FLOAT64 LANGUAGE js AS "1"',
      'OR REPLACE and IF NOT EXISTS cannot both be given',
    ],
    ['CREATE SCHEMA ds;\n\nDROP FUNCTION ds.f', 'line 3: expected CREATE SCHEMA or CREATE FUNCTION'],
  ])('%s', (sql, message) => {
    expect(() => readScript(sql)).toThrow(SqlSyntaxError);
    expect(() => readScript(sql)).toThrow(message);
  });

  it("reads Google's JavaScript UDF example", () => {
    const script = readScript(
      'CREATE TEMP FUNCTION multiplyInputs(x FLOAT64, y FLOAT64)\nRETURNS FLOAT64\nLANGUAGE js\nAS r"""\n  return x*y;\n""";',
    );
    expect(script.functions[0].body).toBe('\n  return x*y;\n');
  });
});

describe("README's BigQuery queries", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Scaling past one spreadsheet'));
  const queries = [...section.slice(0, section.indexOf('\n## ', 5)).matchAll(/```sql\n([\s\S]*?)```/g)].map(
    (m) => m[1],
  );
  const params = new Map(readScript(SQL).functions.map((f) => [f.name, f.params.length]));

  /** Every call of a producer_partnerships function in a parsed query, with its argument count. */
  function calls(node: unknown, found: [string, number][] = []): [string, number][] {
    if (Array.isArray(node)) for (const item of node) calls(item, found);
    else if (node && typeof node === 'object') {
      const n = node as { type?: string; name?: { schema?: { value?: string }; name?: { value: string }[] } };
      if (n.type === 'function' && n.name?.schema?.value === 'producer_partnerships') {
        const args = (node as { args?: { value?: unknown[] } }).args?.value ?? [];
        found.push([n.name.name?.[0]?.value ?? '', args.length]);
      }
      for (const value of Object.values(node)) calls(value, found);
    }
    return found;
  }

  it('there are example queries: payouts for a month, the Status of every row, the forecast scenarios', () => {
    expect(queries.length).toBeGreaterThanOrEqual(3);
  });

  it('each parses as BigQuery SQL and calls the functions with all their arguments', () => {
    const parser = new Parser();
    const called = new Set<string>();
    for (const query of queries) {
      const ast = parser.astify(query, { database: 'bigquery' });
      for (const [name, count] of calls(ast)) {
        expect([name, count]).toEqual([name, params.get(name)]);
        called.add(name);
      }
    }
    expect([...called].sort()).toEqual(
      expect.arrayContaining(['hybrid_payout', 'lifecycle_status', 'roi_forecast']),
    );
  });
});

describe('clasp', () => {
  it('pushes only the add-on: dist/bigquery stays out', () => {
    const clasp = join(ROOT, 'node_modules', '.bin', 'clasp');
    const status = JSON.parse(execFileSync(clasp, ['status', '--json'], { cwd: ROOT, encoding: 'utf8' }));
    const pushed = (status.filesToPush as string[]).filter((f) => !f.endsWith('.html')).sort();
    expect(pushed).toEqual(['dist/Code.js', 'dist/appsscript.json']);
    expect((status.filesToPush as string[]).every((f) => !f.includes('bigquery'))).toBe(true);
    expect(status.untrackedFiles).toContain('dist/bigquery/');
    expect(SQL_PATH.startsWith(join(ROOT, 'dist', 'bigquery'))).toBe(true);
  }, 60_000);
});
