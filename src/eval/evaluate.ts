/**
 * The eval harness's I/O edge: run a suite's variants through the pipeline (or take an existing
 * run dir), score each against the gold set, and write metrics.json + report.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EvalMetricsSchema, type EvalMetrics, type SuiteVariant, type VariantMetrics } from '../../schemas/eval.js';
import type { GoldFile } from '../../schemas/index.js';
import { loadPipelineConfig } from '../config/load.js';
import { readArticles } from '../ingest/index.js';
import { runPipeline } from '../run/pipeline.js';
import type { GateResult } from './gate.js';
import { loadGoldSet, locateGoldQuote } from './gold.js';
import { renderEvalReport } from './report.js';
import { readRunDir, RunDirError, scoreRun, type ScoringContext } from './score-run.js';
import { expandVariants, loadSuite, variantOverrides } from './suite.js';
import { readJsonFile } from '../io/json.js';

export const METRICS_FILE = 'metrics.json';
export const REPORT_FILE = 'report.md';
/** Ingest's own default; only used to read article texts for scoring. */
const MAX_ARTICLE_BYTES = 2_000_000;

export interface EvalEnvironment {
  /** Relative paths (suite, its contents, run dirs) are resolved against this. */
  cwd: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  noCache?: boolean;
  signal?: AbortSignal;
}

async function goldFiles(dir: string): Promise<GoldFile[]> {
  return [...(await loadGoldSet(dir)).values()];
}

/** Article texts exactly as ingest cleans them, so gold spans and claim spans share coordinates. */
export async function readArticleTexts(paths: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for await (const item of readArticles(paths, { maxBytes: MAX_ARTICLE_BYTES })) {
    if (item.kind === 'article') texts.set(item.article.id, item.article.text);
  }
  return texts;
}

export async function scoringContext(goldDir: string, articlePaths: string[], threshold: number): Promise<ScoringContext> {
  const [gold, texts] = await Promise.all([goldFiles(goldDir), readArticleTexts(articlePaths)]);
  return { gold, texts, threshold, locate: locateGoldQuote };
}

export interface SuiteEvaluation {
  metrics: EvalMetrics;
  /** The pipeline's exit code per variant (2 = some items failed). */
  runExitCodes: Record<string, number>;
}

/** Run every variant of a suite into `<outDir>/runs/<variant>/` and score them side by side. */
export async function evaluateSuite(suitePath: string, outDir: string, environment: EvalEnvironment): Promise<SuiteEvaluation> {
  const at = (p: string): string => resolve(environment.cwd, p);
  const suite = await loadSuite(at(suitePath));
  const articlePaths = suite.articles.map(at);
  const context = await scoringContext(at(suite.gold), articlePaths, suite.match_threshold);
  const variants: VariantMetrics[] = [];
  const runExitCodes: Record<string, number> = {};
  for (const variant of expandVariants(suite)) {
    const resolved: SuiteVariant = variant.prompt === undefined ? variant : { ...variant, prompt: at(variant.prompt) };
    const config = await loadPipelineConfig(at(variant.config), variantOverrides(resolved));
    const runDir = join(at(outDir), 'runs', variant.name);
    environment.log?.(`eval: running variant ${variant.name} → ${runDir}`);
    const result = await runPipeline({
      config,
      configPath: variant.config,
      inputs: articlePaths,
      outDir: runDir,
      fresh: true,
      noCache: environment.noCache ?? false,
      env: environment.env ?? {},
      ...(environment.log ? { log: environment.log } : {}),
      ...(environment.signal ? { signal: environment.signal } : {}),
    });
    runExitCodes[variant.name] = result.exitCode;
    if (result.exitCode === 1 || result.exitCode === 130) {
      throw new RunDirError(`variant ${variant.name}: the pipeline stopped (exit ${result.exitCode}); see ${runDir}`);
    }
    variants.push(scoreRun(variant.name, runDir, await readRunDir(runDir), context));
  }
  const metrics: EvalMetrics = {
    tool: 'claimsift-eval',
    suite: suite.name,
    created_at: new Date().toISOString(),
    gold_dir: suite.gold,
    match_threshold: suite.match_threshold,
    variants,
  };
  return { metrics, runExitCodes };
}

export interface RunDirEvaluation {
  goldDir: string;
  /** Where the articles are; the run's own inputs (run.json) when absent. */
  articles?: string[];
  threshold: number;
  name?: string;
}

/** Score an existing run dir. */
export async function evaluateRunDir(runDir: string, options: RunDirEvaluation, environment: EvalEnvironment): Promise<EvalMetrics> {
  const at = (p: string): string => resolve(environment.cwd, p);
  const run = await readRunDir(at(runDir));
  const articles = (options.articles ?? run.manifest.inputs).map(at);
  const context = await scoringContext(at(options.goldDir), articles, options.threshold);
  return {
    tool: 'claimsift-eval',
    suite: null,
    created_at: new Date().toISOString(),
    gold_dir: options.goldDir,
    match_threshold: options.threshold,
    variants: [scoreRun(options.name ?? 'run', runDir, run, context)],
  };
}

/** An eval dir (metrics.json) as it is, or a run dir (run.json) scored now. */
export async function loadEvaluation(dir: string, options: RunDirEvaluation, environment: EvalEnvironment): Promise<EvalMetrics> {
  const metrics = await readJsonFile(join(resolve(environment.cwd, dir), METRICS_FILE), EvalMetricsSchema);
  return metrics ?? evaluateRunDir(dir, options, environment);
}

export async function writeEvalOutputs(dir: string, metrics: EvalMetrics, gate: GateResult | null): Promise<{ metricsPath: string; reportPath: string }> {
  await mkdir(dir, { recursive: true });
  const metricsPath = join(dir, METRICS_FILE);
  const reportPath = join(dir, REPORT_FILE);
  await writeFile(metricsPath, `${JSON.stringify(metrics, null, 2)}\n`);
  await writeFile(reportPath, renderEvalReport(metrics, gate));
  return { metricsPath, reportPath };
}
