// The programs some tests need besides Node: Debian's Chromium (the browser tests) and LibreOffice
// Calc (a saved workbook opened in a second program). On a machine without one, its tests are
// skipped with a loud line naming the install command, and test/skip-reporter.js counts them in the
// summary; with CI set (as .ci/run and every CI service set it) a missing program fails them instead.
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Program {
  readonly name: string;
  /** Where the tests look for it; an environment variable moves it. */
  readonly path: string;
  readonly install: string;
}

export const CHROMIUM: Program = {
  name: 'chromium',
  path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  install: 'apt-get install -y chromium',
};

export const LIBREOFFICE: Program = {
  name: 'libreoffice',
  path: process.env.SOFFICE_PATH ?? '/usr/bin/soffice',
  install: 'apt-get install -y --no-install-recommends libreoffice-calc-nogui',
};

export function available(program: Program): boolean {
  try {
    accessSync(program.path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CI=true (or any value but "false" and "0") makes every program required. */
export function programsRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

export function missingMessage(program: Program): string {
  return `${program.name} not found at ${program.path} (install: ${program.install}, or run .ci/run)`;
}

/**
 * `describe`, for tests that need `program`. Missing, its tests are skipped (one loud line now, a count
 * in the summary), or fail with the install command when programs are required (CI).
 */
export function describeWith(program: Program, title: string, body: () => void): void {
  if (available(program)) {
    describe(title, body);
    return;
  }
  if (programsRequired()) {
    describe(title, () => {
      beforeAll(() => {
        throw new Error(`${missingMessage(program)}; CI requires it, so this is a failure, not a skip`);
      });
      body();
    });
    return;
  }
  recordSkip(program);
  process.stderr.write(`\nSKIPPED "${title}": ${missingMessage(program)}\n`);
  describe.skip(title, body);
}

/** Tells the reporter (another process) which test file skipped for which program. */
function recordSkip(program: Program): void {
  const dir = process.env.PP_SKIPS_DIR;
  const testPath = expect.getState().testPath;
  if (!dir || !testPath) return;
  mkdirSync(dir, { recursive: true });
  const record = { testPath, program: program.name, reason: missingMessage(program) };
  writeFileSync(
    join(dir, `${basename(testPath)}-${program.name}-${process.pid}.json`),
    JSON.stringify(record),
  );
}
