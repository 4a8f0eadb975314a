/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  // Integration tests load dist/Code.js; jest's globalSetup builds it once per run.
  globalSetup: '<rootDir>/test/global-setup.js',
};
