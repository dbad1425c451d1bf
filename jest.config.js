/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type checking is `npm run typecheck` (run by `npm test`); jest only transpiles, which keeps it fast.
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-shim.ts"],
  testTimeout: 60000,
};
