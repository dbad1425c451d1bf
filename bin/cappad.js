#!/usr/bin/env node
// Entry point of the `cappad` command: the compiled CLI lives in lib/ (built by `npm install` via `prepare`).
"use strict";
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch (e) {
  process.stderr.write("cappad n'est pas compilé : lancez « npm install » (ou « npm run build:cli ») dans le dépôt Cap PAD.\n");
  process.exit(1);
}
main(process.argv.slice(2)).then((code) => process.exit(code));
