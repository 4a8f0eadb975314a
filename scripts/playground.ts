// `npm start`: builds the add-on, then serves the playground, the real built add-on on a workbook file
// in the browser. `npm start -- --run "Run monthly forecast" file.xlsx` runs one menu item headless.
//
//   npm start [-- [--port 8080] [--time-zone America/New_York] [--run "Menu item"] [--month yyyy-mm] [--no-build] [file.xlsx]]
//   npm start -- --run "Import results" --input export.csv [--partnership P-0001] [--source GA4] file.xlsx
//
// --month answers the month question of "Prepare payouts…" (without it, the last full month).
//
// dist/ is built first when it is missing or older than its sources, in a child process while this
// one loads the workbook library (two cores, half the wait). Without a file it works on a copy of
// examples/partnerships.xlsx in playground-data/ (made once, kept between runs, so the shipped
// example never changes).

import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(__dirname, '..');

interface Options {
  port: number;
  timeZone: string;
  run?: string;
  /** The answer to a menu item's month prompt (Prepare payouts). */
  month?: string;
  /** For a menu item that opens a dialog taking a file (Import results): the file. */
  input?: string;
  partnership?: string;
  source?: string;
  build: boolean;
  file?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { port: 8080, timeZone: 'America/New_York', build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0 to 65535');
      options.port = port;
    } else if (arg === '--time-zone') options.timeZone = value();
    else if (arg === '--run') options.run = value();
    else if (arg === '--month') {
      options.month = value();
      if (!/^\d{4}-\d{2}$/.test(options.month)) throw new Error('--month must be yyyy-mm, e.g. 2026-11');
    } else if (arg === '--input') options.input = resolve(value());
    else if (arg === '--partnership') options.partnership = value();
    else if (arg === '--source') options.source = value();
    else if (arg === '--no-build') options.build = false;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.file = resolve(arg);
  }
  return options;
}

/** The newest modification time under a path (files only; skips dist and node_modules folders). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** dist/ is rebuilt when it is missing or older than anything it is built from. */
function distIsStale(): boolean {
  const code = join(root, 'dist', 'Code.js');
  if (!existsSync(code)) return true;
  const sources = ['src', 'appsscript', 'sidebar', join('scripts', 'build.mjs'), 'package-lock.json'];
  return Math.max(...sources.map((s) => newest(join(root, s)))) > statSync(code).mtimeMs;
}

function buildDist(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(root, 'scripts', 'build.mjs')], (error, _stdout, stderr) =>
      error ? reject(new Error(`the build failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}

function workingCopy(): string {
  const dir = join(root, 'playground-data');
  const file = join(dir, 'partnerships.xlsx');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(root, 'examples', 'partnerships.xlsx'), file);
  }
  return file;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const building = options.build && distIsStale() ? buildDist() : Promise.resolve();
  // Loaded while dist/ builds (exceljs alone takes most of a second).
  const [{ PlaygroundSession }, { startServer }, { formatSummary, summarize }, { runImportHeadless }] =
    await Promise.all([
      import('../playground/session'),
      import('../playground/server'),
      import('../playground/summary'),
      import('../playground/headless-import'),
    ]);
  await building;
  const file = options.file ?? workingCopy();
  if (!existsSync(file)) throw new Error(`no such workbook: ${file}`);
  const session = await PlaygroundSession.open(join(root, 'dist'), file, options.timeZone);

  if (options.run !== undefined) {
    // "Prepare payouts" finds "Prepare payouts…": an ellipsis only says the item asks something.
    const plainCaption = (caption: string) =>
      caption
        .trim()
        .toLowerCase()
        .replace(/(…|\.\.\.)$/, '');
    const wanted = plainCaption(options.run);
    const item = session.addon.emu.ui.menus
      .flatMap((m) => m.items)
      .find((i) => plainCaption(i.caption) === wanted && i.functionName !== '');
    if (!item) {
      const captions = session.addon.emu.ui.menus
        .flatMap((m) => m.items.map((i) => i.caption))
        .filter((c) => c !== '---');
      throw new Error(`no menu item "${options.run}"; the menu has: ${captions.join(', ')}`);
    }
    if (options.month !== undefined) session.addon.emu.ui.promptResponses.push({ text: options.month });
    if (item.functionName === 'openImportResults') {
      if (!options.input) throw new Error(`"${item.caption}" needs the file: --input export.csv`);
      for (const line of runImportHeadless(session, options as { input: string })) console.log(line);
      await session.save();
      console.log(`Ran "${item.caption}" on ${file} and saved it.`);
      console.log(formatSummary(summarize(session.addon.emu)));
      return;
    }
    const result = session.runMenuItem(item.functionName);
    for (const t of result.ui.toasts) console.log(`toast: ${t.title ? `${t.title}: ` : ''}${t.message}`);
    for (const a of result.ui.alerts) console.log(`alert: ${a.title ? `${a.title}: ` : ''}${a.prompt}`);
    if (!result.ok) throw new Error(`${item.caption} failed: ${result.error}`);
    await session.save();
    console.log(`Ran "${item.caption}" on ${file} and saved it.`);
    console.log(formatSummary(summarize(session.addon.emu)));
    return;
  }

  const server = await startServer(session, { port: options.port });
  console.log(`Producer Partnerships playground: ${server.url}`);
  console.log(`Workbook: ${file} (Save writes it back)`);
  console.log(`Ready in ${(performance.now() / 1000).toFixed(2)} s. Ctrl+C stops it.`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`playground: ${error.message}`);
  process.exit(1);
});
