// Build dist/ once before any test runs, so integration tests always load the current bundle.
// PP_SKIPS_DIR is where test files that skip for a missing program say so (test/programs.ts), read by
// test/skip-reporter.js; the workers inherit it.
const { execFileSync } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
module.exports = async () => {
  process.env.PP_SKIPS_DIR = mkdtempSync(path.join(tmpdir(), 'pp-skips-'));
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
};
