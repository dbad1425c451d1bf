// The full hostile-workbook run (`npm run test:fuzz`, issue 8): the seeds of test/hostile/fuzz/ in
// four shards, two at a time, then the figures in test-output/fuzz-report.json. `npm test` runs a
// smaller sample (test/hostile/hostile.test.ts).
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ["**/test/hostile/fuzz/*.fuzz.ts"],
  maxWorkers: 2,
  testTimeout: 900000,
  globalSetup: "<rootDir>/test/hostile/fuzz/globalSetup.ts",
  globalTeardown: "<rootDir>/test/hostile/fuzz/globalTeardown.ts",
};
