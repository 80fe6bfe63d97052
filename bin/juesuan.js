#!/usr/bin/env node
// The compiled command line (npm run build:cli → lib/); all logic lives in src/cli/main.ts.
require("../lib/cli/main.js")
  .run()
  .catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
