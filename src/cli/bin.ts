// Process entry: `node dist/src/cli/bin.js` or, in tests, `node --import tsx src/cli/bin.ts`.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
