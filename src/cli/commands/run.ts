import { parseArgs } from 'node:util';
import { runPipeline } from '../../run/pipeline.js';
import type { Command } from '../command.js';
import { abortOnSigint } from '../interrupt.js';
import { usage, RUN_FLAGS, RUN_FLAGS_HELP, runOptionsFrom } from '../run-options.js';
import { formatSummary } from '../summary.js';

/** `run` and `extract` differ only in whether reconciliation follows. */
function pipelineCommand(name: 'run' | 'extract', summary: string, skipReconcile: boolean): Command {
  return {
    name,
    summary,
    help: `Usage: claimsift ${name} [--config FILE] [--input PATH…] [--out DIR]

${summary}
A killed or interrupted run resumes where it stopped when started again with the same command.

${RUN_FLAGS_HELP}

Writes claims.jsonl, errors.jsonl, rejected.jsonl, articles.jsonl, run.json${skipReconcile ? '' : ', reconciled.json'} and
claimsift.log in the out dir.
Exit code: 0 all succeeded, 2 some items failed (errors.jsonl says which), 1 usage, config or fatal
model error (e.g. insufficient quota), 130 interrupted.`,
    async run(argv, io) {
      const { values } = usage(() => parseArgs({ args: argv, options: RUN_FLAGS, strict: true }));
      if (values.help) {
        io.stdout(`${this.help}\n`);
        return 0;
      }
      const interrupt = abortOnSigint((line) => io.stderr(`\n${line}\n`));
      try {
        const options = await runOptionsFrom(values, io, interrupt.signal);
        const result = await runPipeline({ ...options, skipReconcile });
        if (!values.quiet) io.stderr(`${formatSummary(result.manifest, result.outDir)}\n`);
        return result.exitCode;
      } finally {
        interrupt.dispose();
      }
    },
  };
}

export const runCommand = pipelineCommand('run', 'Run every stage: ingest, chunk, extract, ground, write claims, reconcile.', false);
export const extractCommand = pipelineCommand('extract', 'Run ingest, chunk, extract and ground, and write the claims (no reconciliation).', true);
