#!/usr/bin/env node
// The CLI is compiled to dist-cli by `npm run build:cli` (run on install by the `prepare` script).
require('../dist-cli/cli/run.js');
