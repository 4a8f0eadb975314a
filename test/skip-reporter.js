// A Jest reporter that says, after the run, how many tests were skipped and why, so a skip is never
// silent. Test files that skip for a missing program (test/programs.ts describeWith) leave a record in
// PP_SKIPS_DIR (made by test/global-setup.js); any other skipped test is counted as such.
const { readdirSync, readFileSync, rmSync } = require('node:fs');
const path = require('node:path');

class SkipReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.PP_SKIPS_DIR;
    const records = dir ? readRecords(dir) : [];
    if (dir) rmSync(dir, { recursive: true, force: true });
    const pendingByFile = new Map(results.testResults.map((r) => [r.testFilePath, r.numPendingTests]));
    /** reason → [tests skipped, files] */
    const byReason = new Map();
    const explained = new Set();
    for (const record of records) {
      if (explained.has(record.testPath)) continue;
      explained.add(record.testPath);
      const entry = byReason.get(record.reason) ?? { tests: 0, files: [] };
      entry.tests += pendingByFile.get(record.testPath) ?? 0;
      entry.files.push(path.relative(process.cwd(), record.testPath));
      byReason.set(record.reason, entry);
    }
    const lines = [];
    for (const [reason, { tests, files }] of byReason) {
      lines.push(`${tests} ${tests === 1 ? 'test' : 'tests'} skipped: ${reason}; in ${files.join(', ')}`);
    }
    let other = 0;
    for (const r of results.testResults)
      if (!explained.has(r.testFilePath)) other += r.numPendingTests + r.numTodoTests;
    if (other > 0)
      lines.push(`${other} ${other === 1 ? 'test' : 'tests'} skipped by .skip, .todo or a -t filter`);
    if (lines.length === 0) return;
    const bar = '!'.repeat(100);
    process.stderr.write(`\n${bar}\n${lines.join('\n')}\n${bar}\n`);
  }
}

function readRecords(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(path.join(dir, n), 'utf8')));
}

module.exports = SkipReporter;
