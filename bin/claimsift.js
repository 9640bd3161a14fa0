#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm start` and `prepare`).
import '../dist/src/cli/bin.js';
