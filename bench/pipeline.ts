/**
 * `npm run bench` (second part): the whole pipeline, not just the model client.
 *
 *   rules   — the embedded extractor over a JSONL dump of N articles (the seed texts repeated under
 *             new ids, so reconcile also meets syndication-sized clusters): articles/s, claims/s,
 *             peak RSS.
 *   model   — the openai path through runPipeline (ingest → chunk → extract → ground → write →
 *             reconcile) against a loopback server with a fixed latency per call, one chunk per
 *             article, versus ideal ceil(calls / concurrency) × latency; then the cached re-run.
 *
 * Environment: BENCH_ARTICLES (2000), BENCH_CONCURRENCY (64), BENCH_LATENCY_MS (100).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parsePipelineConfig } from '../src/config/load.js';
import { runPipeline } from '../src/run/pipeline.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);
sampler.unref();

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A dump of seed texts under new ids; `unique` prefixes each so no two chunks are the same call. */
async function dump(dir: string, articles: number, maxChars: number, unique = false): Promise<string> {
  const seeds = await Promise.all(
    (await readdir('evals/articles')).sort().map((name) => readFile(join('evals/articles', name), 'utf8')),
  );
  const lines = Array.from({ length: articles }, (_, i) => {
    const text = `${unique ? `Bulletin ${i}.\n\n` : ''}${seeds[i % seeds.length]!.slice(0, maxChars)}`;
    return JSON.stringify({ id: `bench-${i}`, published_on: '2024-11-05', text });
  });
  const path = join(dir, 'dump.jsonl');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

async function startServer(): Promise<{ baseURL: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./fake-server.ts', import.meta.url).pathname], {
    env: { ...process.env, BENCH_LATENCY_MS: String(LATENCY_MS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseURL = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  return { baseURL, stop: () => child.kill('SIGTERM') };
}

async function rulesBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'claimsift-bench-'));
  const input = await dump(dir, ARTICLES, Infinity);
  const config = parsePipelineConfig({ extractor: { kind: 'rules' } }, 'bench');
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const { manifest } = await runPipeline({ config, configPath: null, inputs: [input], outDir: join(dir, 'out'), fresh: true, env: {} });
  const seconds = (performance.now() - started) / 1000;
  const c = manifest.counts;
  console.log(`rules: ${c.articles} articles, ${c.claims} claims, ${c.clusters} clusters in ${seconds.toFixed(2)} s`);
  console.log(`  ${(c.articles / seconds).toFixed(0)} articles/s, ${(c.claims / seconds).toFixed(0)} claims/s; extract ${manifest.timings_ms.extract} ms, reconcile ${manifest.timings_ms.reconcile} ms; peak RSS ${mb(peakRss)}`);
}

async function modelBench(): Promise<void> {
  const server = await startServer();
  try {
    const dir = await mkdtemp(join(tmpdir(), 'claimsift-bench-'));
    // One chunk per article, so calls = articles and the ideal is easy to state.
    const input = await dump(dir, ARTICLES, 1500, true);
    const config = parsePipelineConfig(
      { extractor: { kind: 'openai', model: 'bench-model', concurrency: CONCURRENCY, cache: { enabled: true, dir: join(dir, 'cache') } } },
      'bench',
    );
    const env = { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'sk-bench' };
    const run = async (out: string) => {
      const started = performance.now();
      const { manifest } = await runPipeline({ config, configPath: null, inputs: [input], outDir: join(dir, out), fresh: true, env });
      return { ms: performance.now() - started, manifest };
    };
    const first = await run('out-1');
    const ideal = Math.ceil(first.manifest.usage.calls / CONCURRENCY) * LATENCY_MS;
    console.log(`model path: ${first.manifest.counts.articles} articles, ${first.manifest.usage.calls} calls at concurrency ${CONCURRENCY}, ${LATENCY_MS} ms per call`);
    console.log(`  wall ${first.ms.toFixed(0)} ms vs ideal ${ideal} ms: ratio ${(first.ms / ideal).toFixed(3)}`);
    const cached = await run('out-2');
    console.log(`  cached re-run: ${cached.ms.toFixed(0)} ms, ${cached.manifest.usage.calls} HTTP calls, ${cached.manifest.model_calls.cache_hits} cache hits`);
    console.log(`  peak RSS ${mb(peakRss)}`);
  } finally {
    server.stop();
  }
}

console.log(`claimsift pipeline benchmark: ${ARTICLES} articles`);
await rulesBench();
await modelBench();
