// The machinery that skips tests needing a missing program, loudly, and fails them under CI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { available, CHROMIUM, LIBREOFFICE, missingMessage, programsRequired } from './programs';

// The reporter is plain JavaScript, loaded by Jest with require.
const SkipReporter = require('./skip-reporter');

describe('programs the tests need', () => {
  it('CI in any truthy form makes them required', () => {
    expect(programsRequired({ CI: 'true' })).toBe(true);
    expect(programsRequired({ CI: '1' })).toBe(true);
    expect(programsRequired({ CI: 'TRUE' })).toBe(true);
    expect(programsRequired({ CI: 'false' })).toBe(false);
    expect(programsRequired({ CI: '0' })).toBe(false);
    expect(programsRequired({})).toBe(false);
  });

  it('a path that does not exist is missing, and the message names the install command', () => {
    expect(available({ ...CHROMIUM, path: '/nonexistent/chromium' })).toBe(false);
    expect(available({ ...CHROMIUM, path: process.execPath })).toBe(true);
    expect(missingMessage(CHROMIUM)).toContain('apt-get install -y chromium');
    expect(missingMessage(LIBREOFFICE)).toContain(
      'apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    );
  });
});

describe('the skip reporter', () => {
  const run = (dir: string | undefined, testResults: object[]): string => {
    const saved = process.env.PP_SKIPS_DIR;
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      if (dir === undefined) delete process.env.PP_SKIPS_DIR;
      else process.env.PP_SKIPS_DIR = dir;
      new SkipReporter().onRunComplete(new Set(), { testResults });
      return write.mock.calls.map((c) => String(c[0])).join('');
    } finally {
      write.mockRestore();
      process.env.PP_SKIPS_DIR = saved;
    }
  };
  const result = (testFilePath: string, numPendingTests: number) => ({
    testFilePath,
    numPendingTests,
    numTodoTests: 0,
  });

  it('counts the skipped tests per missing program and names the install command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skips-test-'));
    const reason = missingMessage({ ...CHROMIUM, path: '/nowhere' });
    for (const file of ['/repo/a.test.ts', '/repo/b.test.ts'])
      writeFileSync(
        join(dir, `${file.slice(6)}.json`),
        JSON.stringify({ testPath: file, program: 'chromium', reason }),
      );
    const out = run(dir, [
      result('/repo/a.test.ts', 3),
      result('/repo/b.test.ts', 2),
      result('/repo/c.test.ts', 1),
    ]);
    expect(out).toContain(`5 tests skipped: ${reason}`);
    expect(out).toContain('apt-get install -y chromium');
    expect(out).toContain('1 test skipped by .skip, .todo or a -t filter');
    rmSync(dir, { recursive: true, force: true });
  });

  it('says nothing when nothing was skipped', () => {
    expect(run(undefined, [result('/repo/a.test.ts', 0)])).toBe('');
  });
});
