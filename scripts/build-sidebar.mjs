// Builds each sidebar page (sidebar/pages/NAME.html + sidebar/src/NAME.ts + sidebar/src/styles.css)
// into one self-contained HTML string: script and styles inlined, nothing loaded from the network,
// so HtmlService.createHtmlOutput(html) serves it as it is (no <? ?> templating).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sidebar = join(root, 'sidebar');

/** Page name -> the constant src/server/open-sidebar.ts imports from the 'sidebar-pages' module. */
export const SIDEBAR_PAGES = {
  brief: 'BRIEF_PAGE',
  checklists: 'CHECKLISTS_PAGE',
  import: 'IMPORT_PAGE',
  debrief: 'DEBRIEF_PAGE',
};

async function buildPage(name) {
  const result = await esbuild.build({
    entryPoints: [join(sidebar, 'src', `${name}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    // Minified: the page is a string inside Code.js, and its stack traces are read in the browser.
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  // esbuild already writes "</script" inside strings as "<\/script"; this guards any other route.
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const styles = readFileSync(join(sidebar, 'src', 'styles.css'), 'utf8');
  const shell = readFileSync(join(sidebar, 'pages', `${name}.html`), 'utf8');
  if (!shell.includes('/*STYLES*/') || !shell.includes('/*SCRIPT*/')) {
    throw new Error(`sidebar/pages/${name}.html needs the /*STYLES*/ and /*SCRIPT*/ markers`);
  }
  // Functions as replacements, so "$&" or "$'" inside the code are not read as patterns.
  return shell.replace('/*STYLES*/', () => styles).replace('/*SCRIPT*/', () => script);
}

/** { brief: '<!DOCTYPE html>...', checklists: '...' } */
export async function buildSidebarPages() {
  const pages = {};
  for (const name of Object.keys(SIDEBAR_PAGES)) pages[name] = await buildPage(name);
  return pages;
}

/** An esbuild plugin serving the built pages as the virtual module 'sidebar-pages'. */
export function sidebarPagesPlugin(pages) {
  return {
    name: 'sidebar-pages',
    setup(build) {
      build.onResolve({ filter: /^sidebar-pages$/ }, () => ({
        path: 'sidebar-pages',
        namespace: 'sidebar-pages',
      }));
      build.onLoad({ filter: /.*/, namespace: 'sidebar-pages' }, () => ({
        contents: Object.entries(SIDEBAR_PAGES)
          .map(([name, constant]) => `export const ${constant} = ${JSON.stringify(pages[name])};`)
          .join('\n'),
        loader: 'js',
      }));
    },
  };
}
