// What clasp pushes: dist/Code.js must expose every entry point as a top-level function, keep the
// custom functions' JSDoc, and run in a context with nothing of Node's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { CODE, DIST, freshAddon } from './harness';

/** The entry list as the source declares it, read independently of the build script. */
function entryPoints(): Array<{ name: string; params: string[]; custom: boolean }> {
  const file = join(__dirname, '..', '..', 'src', 'entry.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  return source.statements.filter(ts.isFunctionDeclaration).map((fn) => ({
    name: fn.name!.text,
    params: fn.parameters.map((p) => (p.name as ts.Identifier).text),
    custom: ts.getJSDocTags(fn).some((tag) => tag.tagName.text === 'customfunction'),
  }));
}

const entries = entryPoints();

describe('dist/Code.js', () => {
  it('has the entry points we expect', () => {
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'PRODUCER_SCORE',
        'HYBRID_PAYOUT',
        'ROI_FORECAST',
        'UTM_LINK',
        'DISCLOSURE_CHECK',
        'PARTNER_CONCENTRATION',
        'onOpen',
        'onInstall',
        'onEdit',
        'setUpWorkbook',
        'validateAllRows',
        'showHelp',
      ]),
    );
    expect(entries.filter((e) => e.custom).map((e) => e.name)).toEqual([
      'PRODUCER_SCORE',
      'HYBRID_PAYOUT',
      'ROI_FORECAST',
      'UTM_LINK',
      'DISCLOSURE_CHECK',
      'PARTNER_CONCENTRATION',
    ]);
  });

  it.each(entries.map((e) => [e.name, e]))(
    '%s is a top-level function declaration with its parameters',
    (name, entry) => {
      const declaration = new RegExp(`^function ${name}\\(${entry.params.join(', ')}\\) \\{$`, 'm');
      expect(CODE).toMatch(declaration);
      expect(name.endsWith('_')).toBe(false);
    },
  );

  it.each(entries.filter((e) => e.custom).map((e) => [e.name, e]))(
    '%s keeps its JSDoc with @customfunction and every @param',
    (name, entry) => {
      const at = CODE.indexOf(`\nfunction ${name}(`);
      const doc = CODE.slice(CODE.lastIndexOf('/**', at), at);
      expect(doc).toContain('@customfunction');
      for (const param of entry.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${param} \\S`));
      expect(doc.endsWith('*/')).toBe(true);
    },
  );

  it('has no module syntax left for clasp push to choke on', () => {
    expect(CODE).not.toMatch(/^\s*(export|import)\s/m);
    expect(CODE).not.toMatch(/\brequire\(/);
  });

  it('loads into a context without require, module, exports, process or window, with each entry callable', () => {
    const { gas } = freshAddon();
    for (const name of ['require', 'module', 'exports', 'process', 'window', 'global']) {
      expect(typeof gas[name]).toBe('undefined');
    }
    for (const { name } of entries) expect(typeof gas[name]).toBe('function');
  });

  it('every menu item names a callable global', () => {
    const { emu, gas } = freshAddon();
    gas.onOpen({ authMode: 'FULL' });
    const items = emu.ui.menus.flatMap((m) => m.items).filter((i) => i.functionName);
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect(typeof gas[item.functionName]).toBe('function');
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
  it('runs on V8 with a time zone and the least scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
  });
});
