// ESLint 9 flat config: TypeScript's recommended rules everywhere, and Microsoft's Office Add-ins
// rules (eslint-plugin-office-addins) on the add-in's sources, where Office.js proxies are loaded,
// synced and read. Formatting is not linted here.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", ".tmp/", "test-output/", "**/*.js", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      // `_`-prefixed parameters are deliberately unused (interface shapes, callbacks).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    // The exceljs modules (the file host, the xlsx renderer both hosts use) never touch Office.js, and
    // the plugin recognises proxies by method name only: exceljs' `ws.getCell(…).numFmt` reads like an
    // unloaded Office.js property to it.
    ignores: ["src/hosts/file/**", "src/hosts/xlsx/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);
