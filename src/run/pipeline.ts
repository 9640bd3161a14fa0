import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Article, PipelineConfig, RunManifest } from '../../schemas/index.js';
import { countItems, readArticles } from '../ingest/index.js';
import { errorRecord } from '../io/error-record.js';
import { createFileLogger, flushLogger } from '../io/log.js';
import { estimateCost, priceFor } from '../llm/cost.js';
import { ModelError } from '../llm/errors.js';
import { sha256 } from '../util/hash.js';
import { VERSION } from '../version.js';
import { isFatal, processArticle } from './article.js';
import { selectExtractor, type SelectedExtractor } from './extractor.js';
import { buildManifest, type RunTally } from './manifest.js';
import { OUTPUT_FILES, openRunOutputs, writeFileAtomic } from './outputs.js';
import { createProgress, type Progress } from './progress.js';
import { reconcileRunDir } from './reconcile-stage.js';
import { writeRunReport } from '../report/write.js';

export interface RunOptions {
  config: PipelineConfig;
  configPath: string | null;
  inputs: string[];
  outDir: string;
  /** Skip the response cache for this run. */
  noCache?: boolean;
  /** Ignore earlier output in outDir instead of resuming. */
  fresh?: boolean;
  /** Stop after writing claims (the `extract` command). */
  skipReconcile?: boolean;
  env?: Record<string, string | undefined>;
  /** Human-readable lines (choices, summary) go here; progress too when `progress` is set. */
  log?: (line: string) => void;
  progress?: { write: (text: string) => void; tty: boolean };
  signal?: AbortSignal;
}

export interface RunResult {
  manifest: RunManifest;
  /** 0 all succeeded, 2 some items failed, 1 the run stopped on a fatal error, 130 interrupted. */
  exitCode: 0 | 1 | 2 | 130;
  outDir: string;
}

const REPORT_MAX_ARTICLES = 2000;

/** What decides the output of extraction: a resumed run must match it to reuse earlier lines. */
function fingerprint(config: PipelineConfig, selected: SelectedExtractor): string {
  const { chunking, ground } = config;
  const x = config.extractor;
  return sha256(
    JSON.stringify({
      version: VERSION,
      chunking,
      ground,
      extractor: selected.extractor.ref,
      prompt: selected.prompt?.sha256 ?? null,
      temperature: x.temperature,
      max_output_tokens: x.max_output_tokens,
      response_format: x.response_format,
    }),
  );
}

/** Run `worker` over an async source with at most `limit` items in flight. */
async function forEachConcurrent<T>(source: AsyncIterable<T>, limit: number, worker: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  const iterator = source[Symbol.asyncIterator]();
  const lane = async () => {
    while (!signal?.aborted) {
      const next = await iterator.next();
      if (next.done) return;
      await worker(next.value);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
}

/** ingest → chunk → extract → ground → write, then reconcile; resumable in `outDir`. */
export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const { config, outDir } = options;
  const env = options.env ?? process.env;
  const say = options.log ?? (() => {});
  const started = Date.now();
  const startedAt = new Date(started).toISOString();

  const selected = await selectExtractor(config, env, { noCache: options.noCache ?? false, signal: options.signal, notice: say });
  const outputs = await openRunOutputs(outDir, fingerprint(config, selected), { fresh: options.fresh ?? false });
  const logger: Logger = createFileLogger(join(outDir, OUTPUT_FILES.log));
  say(`extractor: ${selected.extractor.ref.kind}${selected.extractor.ref.model ? ` (${selected.extractor.ref.model})` : ''} — ${selected.reason}`);
  if (outputs.finished.size) say(`resuming: ${outputs.finished.size} articles already done in ${outDir}`);
  logger.info({ event: 'run_start', extractor: selected.extractor.ref, reason: selected.reason, inputs: options.inputs, resumed: outputs.finished.size });

  const tally: RunTally = {
    articles: 0,
    articlesFailed: 0,
    articlesResumed: 0,
    chunks: outputs.carried.chunks,
    claims: outputs.carried.claims,
    rejected: outputs.carried.rejected,
    errors: 0, // finished articles have none; everything else is done again
    extractMs: 0,
    reconcileMs: 0,
  };
  const model = selected.extractor.ref.model;
  const price = model ? priceFor(model, config.extractor.prices) : undefined;
  const manifestFor = (status: RunManifest['status'], finishedAt: string | null, reconciled?: { clusters: number; tracks: number }) =>
    buildManifest({ options, selected, price, tally, status, startedAt, finishedAt, totalMs: Date.now() - started, reconciled });
  await writeFileAtomic(join(outDir, OUTPUT_FILES.manifest), `${JSON.stringify(manifestFor('running', null), null, 2)}\n`);

  const progress: Progress | null = options.progress ? createProgress(options.progress.write, { tty: options.progress.tty }) : null;
  if (progress) void countItems(options.inputs).then((total) => progress.update({ articlesTotal: total }));
  const refreshProgress = () => {
    if (!progress || !selected.client) return;
    const s = selected.client.stats();
    progress.update({ calls: s.calls, tokens: s.prompt_tokens + s.completion_tokens, costUsd: estimateCost(s, price) });
  };
  let fatal: unknown = null;
  const seen = new Set<string>();
  // The report shows article texts with highlighted quotes; past a few thousand it lists claims only.
  const reportArticles: Article[] = [];
  const extractStart = Date.now();
  const articleLanes = selected.extractor.ref.kind === 'rules' ? 1 : Math.max(2, config.extractor.concurrency);
  try {
    await forEachConcurrent(
      readArticles(options.inputs, { maxBytes: config.input.max_bytes }),
      articleLanes,
      async (item) => {
        if (fatal) return;
        if (item.kind === 'error') {
          tally.errors += 1;
          progress?.add({ errors: 1 });
          logger.warn({ event: 'ingest_error', ...item.error });
          await outputs.writeError(item.error);
          return;
        }
        const { article } = item;
        tally.articles += 1;
        seen.add(article.id);
        if (reportArticles.length < REPORT_MAX_ARTICLES) reportArticles.push(article);
        if (outputs.finished.get(article.id) === article.sha256) {
          tally.articlesResumed += 1;
          progress?.add({ articlesDone: 1 });
          return;
        }
        try {
          const output = await processArticle(article, config, selected, options.signal);
          if (options.signal?.aborted) return; // never write a half-extracted article
          const replaced = await outputs.writeArticle(output);
          if (replaced) {
            tally.chunks -= replaced.chunks;
            tally.claims -= replaced.claims;
            tally.rejected -= replaced.rejected;
          }
          tally.chunks += output.entry.chunks;
          tally.claims += output.claims.length;
          tally.rejected += output.rejected.length;
          tally.errors += output.errors.length;
          if (output.errors.length) tally.articlesFailed += 1;
          progress?.add({ articlesDone: 1, claims: output.claims.length, errors: output.errors.length });
          refreshProgress();
          logger.info({ event: 'article_done', ...output.entry });
        } catch (error) {
          if (isFatal(error)) fatal ??= error;
          else throw error;
        }
      },
      options.signal,
    );
  } finally {
    await outputs.flush();
    progress?.stop();
  }
  tally.extractMs = Date.now() - extractStart;

  const interrupted = options.signal?.aborted ?? false;
  if (!fatal && !interrupted && outputs.finished.size) {
    for (const gone of await outputs.retainOnly(seen)) {
      tally.chunks -= gone.chunks;
      tally.claims -= gone.claims;
      tally.rejected -= gone.rejected;
    }
  }
  let reconciled: { clusters: number; tracks: number } | undefined;
  if (!fatal && !interrupted && !options.skipReconcile) {
    const reconcileStart = Date.now();
    const result = await reconcileRunDir(outDir, config);
    tally.reconcileMs = Date.now() - reconcileStart;
    reconciled = { clusters: result.stats.clusters, tracks: result.stats.tracks };
  }

  let status: RunManifest['status'] = tally.errors > 0 ? 'completed_with_errors' : 'completed';
  let exitCode: RunResult['exitCode'] = tally.errors > 0 ? 2 : 0;
  if (interrupted) [status, exitCode] = ['interrupted', 130];
  else if (fatal) {
    [status, exitCode] = ['failed', 1];
    const message = fatal instanceof Error ? fatal.message : String(fatal);
    await outputs.writeError(errorRecord({ stage: 'extract', item: '(run)', code: fatal instanceof ModelError ? fatal.code : 'fatal', reason: `run stopped: ${message}` }));
    tally.errors += 1;
    say(`stopped: ${message}`);
  }
  const manifest = manifestFor(status, new Date().toISOString(), reconciled);
  await writeFileAtomic(join(outDir, OUTPUT_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  if (!interrupted && !fatal) await writeRunReport(outDir, reportArticles);
  logger.info({ event: 'run_end', status, counts: manifest.counts, usage: manifest.usage });
  await flushLogger(logger);
  return { manifest, exitCode, outDir };
}
