import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BaselineSchema, type Baseline, type EvalMetrics } from '../../../schemas/eval.js';
import { compareEvals } from '../../eval/compare.js';
import { evaluateRunDir, evaluateSuite, loadEvaluation, writeEvalOutputs, type EvalEnvironment } from '../../eval/evaluate.js';
import { GoldFileError } from '../../eval/gold.js';
import { baselineFrom, checkAgainstBaseline, describeGate, GATE_EXIT_CODE, type GateResult } from '../../eval/gate.js';
import { renderComparison } from '../../eval/report.js';
import { RunDirError } from '../../eval/score-run.js';
import { DataFileError } from '../../io/json.js';
import { SuiteError, formatIssues } from '../../eval/suite.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { abortOnSigint } from '../interrupt.js';

const DEFAULT_SUITE = 'evals/suites/seeds.yaml';
const DEFAULT_GOLD = 'evals/gold';
const DEFAULT_MAX_DROP = 0.02;
const DEFAULT_THRESHOLD = 0.5;

const FLAGS = {
  suite: { type: 'string', short: 's' },
  run: { type: 'string', short: 'r' },
  compare: { type: 'boolean', default: false },
  gold: { type: 'string' },
  articles: { type: 'string', multiple: true },
  threshold: { type: 'string' },
  out: { type: 'string', short: 'o' },
  baseline: { type: 'string' },
  'max-drop': { type: 'string' },
  'update-baseline': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const HELP = `Usage:
  claimsift eval [--suite FILE] [--out DIR] [gate options]      run a suite's variants and score them
  claimsift eval --run DIR [--gold DIR] [--out DIR] [gate options]  score an existing run dir
  claimsift eval --compare A B [--out DIR]                         compare two eval dirs or run dirs

Scores extracted claims against the gold set (evals/gold) and writes metrics.json and report.md.
Matching, metrics and suite format are described in evals/README.md.

Options:
  -s, --suite FILE            eval suite (default: ${DEFAULT_SUITE})
  -r, --run DIR               score this run dir instead of running a suite
      --compare A B           list gold claims gained, lost and changed from A to B, and metric deltas
      --gold DIR              gold files for --run / --compare of run dirs (default: ${DEFAULT_GOLD})
      --articles PATH         articles for --run (repeatable; default: the run's own inputs)
      --threshold N           match threshold for --run (default: ${DEFAULT_THRESHOLD})
  -o, --out DIR               eval output dir (default: out/eval/<suite>, or <run dir>-eval)
      --baseline FILE         regression gate: compare headline metrics with this baseline
      --max-drop N            largest allowed drop of any headline metric (default: ${DEFAULT_MAX_DROP})
      --update-baseline FILE  write the headline metrics of this eval as the new baseline
      --no-cache              do not use the model response cache for suite runs
  -q, --quiet                 no progress lines on stderr
  -h, --help                  this help

Exit code: 0 done; 1 usage or config error; 2 a scored run had item failures;
${GATE_EXIT_CODE} the regression gate failed (a headline metric dropped by more than --max-drop).`;

function parseRatio(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new UsageError(`--${flag} must be a number between 0 and 1, got "${text}"`);
  return value;
}

async function readBaseline(path: string): Promise<Baseline> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot read baseline (${code ?? (error as Error).message})`);
  }
  const parsed = BaselineSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(formatIssues(path, parsed.error.issues));
  return parsed.data;
}

function headlineLine(metrics: EvalMetrics): string[] {
  const pct = (n: number | null): string => (n === null ? 'n/a' : `${(n * 100).toFixed(1)}%`);
  return metrics.variants.map(
    (v) =>
      `${v.name}: P ${pct(v.headline.precision)} R ${pct(v.headline.recall)} F1 ${pct(v.headline.f1)} ` +
      `grounding ${pct(v.headline.grounding_rate)} B³F1 ${pct(v.headline.bcubed_f1)} (TP ${v.micro.tp} FP ${v.micro.fp} FN ${v.micro.fn})`,
  );
}

async function runCompare(positionals: string[], values: { gold?: string; out?: string; threshold?: string }, io: CliIO, environment: EvalEnvironment): Promise<number> {
  if (positionals.length !== 2) throw new UsageError(`--compare takes two dirs (eval dirs or run dirs), got ${positionals.length}`);
  const [a, b] = positionals as [string, string];
  const options = { goldDir: values.gold ?? DEFAULT_GOLD, threshold: parseRatio('threshold', values.threshold, DEFAULT_THRESHOLD) };
  const [ea, eb] = await Promise.all([loadEvaluation(a, options, environment), loadEvaluation(b, options, environment)]);
  const comparison = compareEvals(ea, eb, { a, b });
  const markdown = renderComparison(comparison);
  io.stdout(markdown);
  if (values.out !== undefined) {
    const dir = resolve(io.cwd, values.out);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'comparison.json'), `${JSON.stringify(comparison, null, 2)}\n`);
    await writeFile(join(dir, 'compare.md'), markdown);
  }
  return 0;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score runs against the gold set, compare two runs, gate on a baseline.',
  help: HELP,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(`${HELP}\n`);
      return 0;
    }
    if (!values.compare && positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const modes = [values.compare, values.run !== undefined, values.suite !== undefined].filter(Boolean).length;
    if (modes > 1) throw new UsageError('use one of --suite, --run and --compare');
    if (values.baseline !== undefined && values['update-baseline'] !== undefined) {
      throw new UsageError('--baseline and --update-baseline do not go together: gate first, update on purpose');
    }
    const maxDrop = parseRatio('max-drop', values['max-drop'], DEFAULT_MAX_DROP);
    const log = values.quiet ? undefined : (line: string) => io.stderr(`${line}\n`);
    const interrupt = abortOnSigint((line) => io.stderr(`\n${line}\n`));
    const environment: EvalEnvironment = { cwd: io.cwd, env: io.env, noCache: values['no-cache'], signal: interrupt.signal, ...(log ? { log } : {}) };
    try {
      if (values.compare) return await runCompare(positionals, values, io, environment);

      let metrics: EvalMetrics;
      let outDir: string;
      let itemFailures = false;
      if (values.run !== undefined) {
        const threshold = parseRatio('threshold', values.threshold, DEFAULT_THRESHOLD);
        const goldDir = values.gold ?? DEFAULT_GOLD;
        metrics = await evaluateRunDir(values.run, { goldDir, threshold, ...(values.articles ? { articles: values.articles } : {}) }, environment);
        const runDir = resolve(io.cwd, values.run);
        outDir = values.out !== undefined ? resolve(io.cwd, values.out) : join(dirname(runDir), `${basename(runDir)}-eval`);
        itemFailures = metrics.variants.some((v) => v.run_status === 'completed_with_errors');
      } else {
        if (values.gold !== undefined || values.articles !== undefined || values.threshold !== undefined) {
          throw new UsageError('--gold, --articles and --threshold go with --run; a suite names its own');
        }
        const suitePath = values.suite ?? DEFAULT_SUITE;
        const suiteName = basename(suitePath).replace(/\.ya?ml$/, '');
        outDir = resolve(io.cwd, values.out ?? join('out', 'eval', suiteName));
        const result = await evaluateSuite(suitePath, outDir, environment);
        metrics = result.metrics;
        itemFailures = Object.values(result.runExitCodes).some((code) => code === 2);
      }

      let gate: GateResult | null = null;
      if (values.baseline !== undefined) {
        gate = checkAgainstBaseline(metrics, await readBaseline(resolve(io.cwd, values.baseline)), maxDrop);
      }
      const { metricsPath, reportPath } = await writeEvalOutputs(outDir, metrics, gate);
      for (const line of headlineLine(metrics)) io.stdout(`${line}\n`);
      io.stdout(`wrote ${metricsPath}\nwrote ${reportPath}\n`);
      if (values['update-baseline'] !== undefined) {
        const path = resolve(io.cwd, values['update-baseline']);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, `${JSON.stringify(baselineFrom(metrics), null, 2)}\n`);
        io.stdout(`wrote baseline ${path}\n`);
      }
      if (gate !== null) {
        io.stdout(`${describeGate(gate)}\n`);
        if (!gate.passed) return GATE_EXIT_CODE;
      }
      return itemFailures ? 2 : 0;
    } catch (error) {
      if (error instanceof SuiteError || error instanceof RunDirError || error instanceof GoldFileError || error instanceof DataFileError) throw new UsageError(error.message);
      throw error;
    } finally {
      interrupt.dispose();
    }
  },
};
