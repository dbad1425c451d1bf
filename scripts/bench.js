#!/usr/bin/env node
/* `npm run bench [filtre]`: runs test/bench/run.ts with tsx (TypeScript without a build step). */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");
const root = path.resolve(__dirname, "..");
const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "test/bench/run.ts"), ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(r.status ?? 1);
