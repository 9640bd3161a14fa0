import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { reconcileRunDir } from '../../run/reconcile-stage.js';
import type { Command } from '../command.js';
import { loadConfigFor, usage } from '../run-options.js';

const FLAGS = {
  config: { type: 'string', short: 'c' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'Re-run reconciliation on the claims.jsonl of an existing out dir.',
  help: `Usage: claimsift reconcile [--config FILE] [--out DIR]

Reads DIR/claims.jsonl, merges claims that state the same proposition across sources, builds the
timelines (tracks) of measured quantities, and writes DIR/reconciled.json. Thresholds come from the
config's reconcile section, so they can be tuned without extracting again.

Options:
  -c, --config FILE   pipeline config (default: pipeline/default.yaml, built-in defaults if absent)
  -o, --out DIR       the run's output directory (default: output.dir from the config, "out")
  -h, --help          this help`,
  async run(argv, io) {
    const { values } = usage(() => parseArgs({ args: argv, options: FLAGS, strict: true }));
    if (values.help) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const { config } = await loadConfigFor(values.config, io);
    const outDir = resolve(io.cwd, values.out ?? config.output.dir);
    const started = Date.now();
    const result = await reconcileRunDir(outDir, config);
    const s = result.stats;
    io.stderr(
      `reconciled ${s.claims} claims: ${s.clusters} clusters (${s.multi_source_clusters} with several sources), ${s.tracks} tracks, ${s.candidate_pairs} candidate pairs, ${Date.now() - started} ms -> ${outDir}/reconciled.json\n`,
    );
    return 0;
  },
};
