// ESLint 9 flat config: TypeScript's recommended rules everywhere, and Microsoft's Office Add-ins
// rules (eslint-plugin-office-addins) on the add-in's sources, where Office.js proxies are loaded,
// synced and read. The layering of src/ (which folder may import which) and the absence of import
// cycles are checked by eslint-plugin-import-x; scripts/layeringCheck.mjs (run by `npm run lint`)
// proves those rules still bite.
// Formatting is not linted here.
import path from "node:path";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Imports go one way: data, core <- workbook <- sheets (demo beside it) <- commands <- hosts, cli,
 * taskpane, functions. Each zone forbids a folder (`target`) to import the folders above it (`from`).
 * The two hosts do not import each other: what both need (the exceljs renderer) is src/hosts/xlsx.
 */
const ABOVE_COMMANDS = ["src/hosts", "src/cli", "src/taskpane", "src/functions"];
const layer = (target, from, why) => ({ target, from, message: why });
const LAYER_ZONES = [
  layer(["src/core", "src/data"], ["src/workbook", "src/sheets", "src/demo", "src/commands", ...ABOVE_COMMANDS], "core and data are the bottom layer: pure rules and dated data, no workbook."),
  layer("src/workbook", ["src/sheets", "src/demo", "src/commands", ...ABOVE_COMMANDS], "workbook holds the neutral shapes (Snapshot, Patch, values): it knows no contract."),
  layer("src/sheets", ["src/demo", "src/commands", ...ABOVE_COMMANDS], "sheets (the workbook contract) takes a structural SheetSource, never a command; the demo fills templates, not the reverse."),
  layer("src/demo", ["src/commands", ...ABOVE_COMMANDS], "the demo's rows sit beside sheets: commands use them, they use no command."),
  layer("src/commands", ABOVE_COMMANDS, "commands run on a Snapshot and return a Patch: they never touch a host or a UI."),
  layer("src/hosts/xlsx", ["src/hosts/file", "src/hosts/excel", "src/cli", "src/taskpane", "src/functions"], "the exceljs renderer is shared by both hosts: it imports neither."),
  layer("src/hosts/excel", ["src/hosts/file", "src/cli", "src/taskpane"], "the Office.js host does not import the file host: what both need is in src/hosts/xlsx or below."),
  layer("src/hosts/file", ["src/hosts/excel", "src/cli", "src/taskpane", "src/functions"], "the file host does not import the Office.js host nor a UI."),
  layer("src/cli", ["src/hosts/excel", "src/taskpane", "src/functions"], "the cappad command runs on files: no Office.js host, no pane."),
  layer("src/taskpane", ["src/cli"], "the pane does not use the command line."),
  layer("src/functions", ["src/hosts", "src/cli", "src/taskpane"], "custom functions are thin wrappers over core: no host, no UI."),
];

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
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".json"] })],
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: ROOT, zones: LAYER_ZONES }],
      // Type-only imports are not followed by this rule (they vanish at runtime);
      // scripts/layeringCheck.mjs finds the cycles they make too.
      "import-x/no-cycle": "error",
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
