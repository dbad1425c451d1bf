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
// Exit only once stdout and stderr have taken everything: a pipe takes 64 KB at a time and node writes
// the rest asynchronously, so exiting right away would cut a large JSON report. An empty write's
// callback runs after every write queued before it.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  let open = 2;
  const done = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
});
