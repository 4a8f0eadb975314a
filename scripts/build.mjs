#!/usr/bin/env node
// Builds dist/ for clasp: dist/Code.js (the add-on bundle plus one top-level stub per entry point,
// each with its JSDoc, and the sidebar pages inlined as strings) and dist/appsscript.json.
//
// Apps Script sees only top-level function declarations, and esbuild's IIFE hides everything, so
// the stubs are generated from the one entry list (src/entry.ts). esbuild drops comments, so each
// stub's JSDoc (with @customfunction and @param, which Sheets reads for autocomplete) is copied
// from the source with the TypeScript parser.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { writeBigQuerySql } from './bigquery.mjs';
import { buildSidebarPages, sidebarPagesPlugin } from './build-sidebar.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entryFile = join(root, 'src', 'entry.ts');
const dist = join(root, 'dist');
export const GLOBAL_NAME = 'ProducerPartnerships';

/** Every `export function` of the entry file: name, parameter names and its JSDoc block. */
function readEntryPoints() {
  const text = readFileSync(entryFile, 'utf8');
  const source = ts.createSourceFile(entryFile, text, ts.ScriptTarget.ES2020, true);
  const entries = [];
  for (const statement of source.statements) {
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      throw new Error(
        `src/entry.ts: only \`export function NAME(...)\` is allowed (at "${statement.getText().slice(0, 60)}")`,
      );
    }
    const name = statement.name.text;
    const params = statement.parameters.map((p) => {
      if (p.dotDotDotToken || !ts.isIdentifier(p.name))
        throw new Error(`${name}: parameters must be plain names`);
      return p.name.text;
    });
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const jsdoc = comments
      .map((c) => text.slice(c.pos, c.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    entries.push({ name, params, jsdoc: jsdoc ?? '' });
  }
  return entries;
}

function check(entries, bundledExports) {
  const names = entries.map((e) => e.name);
  const missing = bundledExports.filter((n) => !names.includes(n));
  if (missing.length) throw new Error(`exports without a stub: ${missing.join(', ')}`);
  for (const { name, jsdoc } of entries) {
    if (name.endsWith('_')) throw new Error(`${name}: names ending in _ are private in Apps Script`);
    if (jsdoc.includes('@customfunction') && !/^[A-Z][A-Z0-9_]*$/.test(name)) {
      throw new Error(`${name}: custom function names should be upper case`);
    }
  }
}

function stub({ name, params, jsdoc }) {
  const list = params.join(', ');
  const doc = jsdoc ? `${jsdoc}\n` : '';
  return `${doc}function ${name}(${list}) {\n  return ${GLOBAL_NAME}.${name}(${list});\n}\n`;
}

export async function build({ quiet = false } = {}) {
  // The sidebar pages are built first and bundled into Code.js as strings (module 'sidebar-pages').
  const pages = await buildSidebarPages();
  const common = {
    plugins: [sidebarPagesPlugin(pages)],
    entryPoints: [entryFile],
    bundle: true,
    write: false,
    target: 'es2019',
    platform: 'neutral',
    legalComments: 'none',
    logLevel: 'silent',
  };
  // A throwaway ESM build lists what the entry exports, so a stub can't be forgotten.
  const meta = await esbuild.build({ ...common, format: 'esm', metafile: true });
  const bundledExports = Object.values(meta.metafile.outputs).flatMap((o) => o.exports ?? []);
  const entries = readEntryPoints();
  check(entries, bundledExports);

  const bundle = await esbuild.build({ ...common, format: 'iife', globalName: GLOBAL_NAME, charset: 'utf8' });
  const body = bundle.outputFiles[0].text;
  const header =
    '// Producer Partnerships: built by scripts/build.mjs from src/. Do not edit; edit src/ and rebuild.\n';
  const code = `${header}${body}\n${entries.map(stub).join('\n')}`;

  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript', 'appsscript.json'), join(dist, 'appsscript.json'));
  // The BigQuery functions go to dist/bigquery/, which .claspignore keeps out of what clasp pushes.
  const bigquery = await writeBigQuerySql();
  if (!quiet) {
    console.log(
      `built dist/Code.js (${(Buffer.byteLength(code) / 1024).toFixed(1)} KB, ${entries.length} entry points, ` +
        `sidebar pages ${Object.entries(pages)
          .map(([name, html]) => `${name} ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB`)
          .join(', ')})`,
    );
    console.log(`built dist/bigquery/producer_partnerships.sql (${bigquery.functions.length} functions)`);
  }
  return { code, entries, pages };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
