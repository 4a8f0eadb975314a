/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  // Integration tests load dist/Code.js; jest's globalSetup builds it once per run.
  globalSetup: '<rootDir>/test/global-setup.js',
  // The summary says how many tests were skipped for a missing program (test/programs.ts) and why.
  reporters: ['default', '<rootDir>/test/skip-reporter.js'],
};
