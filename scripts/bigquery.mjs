#!/usr/bin/env node
// Writes dist/bigquery/producer_partnerships.sql: one `CREATE OR REPLACE FUNCTION ... LANGUAGE js`
// per entry of src/bigquery/signatures.ts, whose body is that module bundled by esbuild with the
// core it uses. Nothing is written by hand, so a rule changed in src/core changes the SQL at the
// next build; the same sources give the same bytes.
//
//   node scripts/bigquery.mjs [--dataset [project.]dataset] [--out file]
//
// BigQuery rejects a definition body over 32,768 bytes ("Definition body too long"; the quotas page
// lists 32 KB for an inline code blob: https://cloud.google.com/bigquery/quotas#udf_limits), so the
// bodies are minified and the build fails, naming the function, if one grows past it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'src', 'bigquery');
export const DEFAULT_DATASET = 'producer_partnerships';
export const SQL_FILE = join(root, 'dist', 'bigquery', 'producer_partnerships.sql');
export const BODY_LIMIT = 32768;
/** The bundle's global inside each body; no parameter may use it. */
const GLOBAL = '__producerPartnerships';

// A project ID (6-30 lower-case letters, digits, hyphens) and a dataset name (letters, digits, _).
const DATASET = /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]\.)?[A-Za-z0-9_]{1,1024}$/;
const PARAMETER = /^[a-z][a-z0-9_]*$/;

const common = { bundle: true, write: false, platform: 'neutral', logLevel: 'silent', legalComments: 'none' };

/** The signatures, read from the TypeScript source by bundling it (they name core constants). */
async function readSignatures() {
  const out = await esbuild.build({
    ...common,
    entryPoints: [join(sources, 'signatures.ts')],
    format: 'esm',
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).UDF_SIGNATURES;
}

/**
 * The JavaScript body: the module and the core it imports, minified, evaluated once per JavaScript
 * context and kept on the context's global object, then the call with the named arguments.
 * BigQuery runs the body for every row; evaluating the bundle again each time cost 9-320 us a row
 * (npm run bench). The kept value is the bundled code itself, which no call changes, so a result
 * never depends on whether BigQuery reuses the context: the mutable state its documentation warns
 * about (https://cloud.google.com/bigquery/docs/user-defined-functions#best_practices_for_javascript_udfs)
 * is state that results depend on.
 */
async function functionBody(signature) {
  const out = await esbuild.build({
    ...common,
    entryPoints: [join(sources, `${signature.module}.ts`)],
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    minify: true,
  });
  const strict = '"use strict";';
  let bundle = out.outputFiles[0].text.trim();
  // The directive must open the body to make the whole function strict, as the bundle expects.
  if (bundle.startsWith(strict)) bundle = bundle.slice(strict.length);
  const kept = `globalThis.${GLOBAL}_${signature.name}`;
  const names = signature.params.map(([name]) => name);
  return [
    strict,
    `if (!${kept}) { ${bundle} ${kept} = ${GLOBAL}; }`,
    `return ${kept}.run(${names.join(', ')});`,
  ].join('\n');
}

const sqlString = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function statement(signature, body, dataset) {
  const params = signature.params.map(([name, type]) => `${name} ${type}`).join(', ');
  return [
    `-- ${signature.name}: ${Buffer.byteLength(body)} of ${BODY_LIMIT} bytes.`,
    `CREATE OR REPLACE FUNCTION \`${dataset}.${signature.name}\`(${params})`,
    `RETURNS ${signature.returns}`,
    'DETERMINISTIC',
    'LANGUAGE js',
    `OPTIONS (description = ${sqlString(signature.description)})`,
    `AS r"""${body}""";`,
  ].join('\n');
}

/** The whole file for a dataset, and each function's body (for the size report). */
export async function generateBigQuerySql({ dataset = DEFAULT_DATASET } = {}) {
  if (!DATASET.test(dataset)) {
    throw new Error(
      `dataset must be a BigQuery dataset name, optionally after a project ID (got "${dataset}")`,
    );
  }
  const signatures = await readSignatures();
  const functions = [];
  for (const signature of signatures) {
    for (const [name] of signature.params) {
      // A parameter named like a global (escape, name) would hide it from the bundled code.
      if (!PARAMETER.test(name) || name === GLOBAL || name in globalThis) {
        throw new Error(`${signature.name}: bad parameter name ${name}`);
      }
    }
    const body = await functionBody(signature);
    const bytes = Buffer.byteLength(body);
    if (bytes > BODY_LIMIT) {
      throw new Error(
        `${signature.name}: definition body is ${bytes} bytes, over BigQuery's ${BODY_LIMIT}: split the function or trim what it bundles`,
      );
    }
    if (body.includes('"""'))
      throw new Error(`${signature.name}: the body contains """, which ends a raw string`);
    functions.push({ name: signature.name, bytes, body });
  }
  const statements = signatures.map((signature, i) => statement(signature, functions[i].body, dataset));
  const header = [
    '-- Producer Partnerships: BigQuery JavaScript functions built by scripts/bigquery.mjs from src/.',
    '-- Do not edit; edit src/ and rebuild. Install: bq query --use_legacy_sql=false < producer_partnerships.sql',
    `CREATE SCHEMA IF NOT EXISTS \`${dataset}\`;`,
  ].join('\n');
  const sql = `${[header, ...statements].join('\n\n')}\n`;
  return { sql, functions };
}

export async function writeBigQuerySql({ dataset = DEFAULT_DATASET, file = SQL_FILE } = {}) {
  const result = await generateBigQuerySql({ dataset });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.sql);
  return result;
}

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = option('out') ? resolve(option('out')) : SQL_FILE;
  writeBigQuerySql({ dataset: option('dataset') ?? DEFAULT_DATASET, file })
    .then(({ functions }) => {
      const sizes = functions.map((f) => `${f.name} ${f.bytes} B`).join(', ');
      console.log(`wrote ${file} (${sizes}; limit ${BODY_LIMIT} B each)`);
    })
    .catch((error) => {
      console.error(`bigquery: ${error.message}`);
      process.exit(1);
    });
}
