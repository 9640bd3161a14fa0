/**
 * `npm run bench`: the model client's overhead on a real workload shape, against a loopback
 * OpenAI-compatible server with a fixed latency per call (no network, no model).
 *
 *   ideal      = ceil(calls / concurrency) × latency
 *   bare loop  = the `openai` SDK under p-limit, nothing else (what any wrapper must add to)
 *   ours       = createModelClient: limits, retries, accounting; cache off, then on (cold)
 *   cached     = the same calls again through a new client on the warm cache: no HTTP at all
 *
 * Environment: BENCH_CALLS (2000), BENCH_CONCURRENCY (64), BENCH_LATENCY_MS (100), BENCH_ROUNDS (3).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { createModelClient, type ModelClientOptions } from '../src/llm/client.js';
import type { ChatMessage } from '../src/llm/types.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MAX_OUTPUT_TOKENS = 4096;

/** A static prefix (system prompt, guidelines) and a distinct ~3,000-character chunk per call. */
function workload(): ChatMessage[][] {
  const system = `You extract attributed factual claims from news text. ${'Guideline: quote verbatim. '.repeat(80)}`;
  return Array.from({ length: CALLS }, (_, i) => [
    { role: 'system', content: system },
    { role: 'user', content: `Chunk ${i}. ${'Officials said the figure was revised after new reports. '.repeat(52)}` },
  ]);
}

async function startServer(): Promise<{ baseURL: string; chatCalls: () => Promise<number>; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./fake-server.ts', import.meta.url).pathname], {
    env: { ...process.env, BENCH_LATENCY_MS: String(LATENCY_MS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const baseURL = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake server exited with ${code}`)));
  });
  return {
    baseURL,
    chatCalls: async () => {
      const response = await fetch(`${baseURL}/stats`);
      return ((await response.json()) as { chat_calls: number }).chat_calls;
    },
    stop: () => child.kill('SIGTERM'),
  };
}

/** CPU time this process spent per contender: unlike wall time, barely moved by other load on the machine. */
const cpuMs: Record<string, number[]> = {};

async function timed(run: () => Promise<unknown>, name?: string): Promise<number> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (name) (cpuMs[name] ??= []).push((used.user + used.system) / 1000);
  return wall;
}

async function bareLoop(baseURL: string, calls: ChatMessage[][]): Promise<void> {
  const sdk = new OpenAI({ apiKey: 'sk-bench', baseURL, maxRetries: 0, timeout: 60_000 });
  const limit = pLimit(CONCURRENCY);
  await Promise.all(
    calls.map((messages) =>
      limit(() =>
        sdk.chat.completions.create({ model: 'bench-model', messages, response_format: { type: 'json_object' }, temperature: 0, max_tokens: MAX_OUTPUT_TOKENS }),
      ),
    ),
  );
}

function clientOptions(baseURL: string, cacheDir: string | null): ModelClientOptions {
  return {
    apiKey: 'sk-bench',
    baseURL,
    model: 'bench-model',
    temperature: 0,
    maxOutputTokens: MAX_OUTPUT_TOKENS,
    timeoutMs: 60_000,
    concurrency: CONCURRENCY,
    cache: cacheDir ? { enabled: true, dir: cacheDir } : { enabled: false, dir: '' },
  };
}

async function ourClient(options: ModelClientOptions, calls: ChatMessage[][]) {
  const client = createModelClient(options);
  await Promise.all(calls.map((messages, i) => client.complete({ messages, responseFormat: { type: 'json_object' }, label: `bench#${i}` })));
  return client;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => `${Math.round(ms)} ms`;
const pct = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const server = await startServer();
const tempDirs: string[] = [];
try {
  const calls = workload();
  const ideal = Math.ceil(CALLS / CONCURRENCY) * LATENCY_MS;
  console.log(`claimsift model-client benchmark: ${CALLS} calls, concurrency ${CONCURRENCY}, ${LATENCY_MS} ms per call, ${ROUNDS} rounds`);
  console.log(`ideal ceil(${CALLS}/${CONCURRENCY}) × ${LATENCY_MS} ms = ${fmt(ideal)}`);

  // Warm-up: JIT, connection pools, the server process.
  await bareLoop(server.baseURL, calls.slice(0, CONCURRENCY * 2));
  await ourClient(clientOptions(server.baseURL, null), calls.slice(0, CONCURRENCY * 2));

  const bare: number[] = [];
  const ours: number[] = [];
  const oursCold: number[] = [];
  let cached = NaN;
  let cachedCalls = NaN;
  for (let round = 0; round < ROUNDS; round += 1) {
    bare.push(await timed(() => bareLoop(server.baseURL, calls), 'bare'));
    ours.push(await timed(() => ourClient(clientOptions(server.baseURL, null), calls), 'ours'));
    const dir = await mkdtemp(join(tmpdir(), 'claimsift-bench-'));
    tempDirs.push(dir);
    oursCold.push(await timed(() => ourClient(clientOptions(server.baseURL, dir), calls), 'cold'));
    if (round === ROUNDS - 1) {
      const before = await server.chatCalls();
      let client: Awaited<ReturnType<typeof ourClient>> | null = null;
      cached = await timed(async () => {
        client = await ourClient(clientOptions(server.baseURL, dir), calls);
      }, 'cached');
      cachedCalls = (await server.chatCalls()) - before;
      const stats = (client as Awaited<ReturnType<typeof ourClient>> | null)?.stats();
      if (stats?.cache_hits !== CALLS) throw new Error(`cached re-run: expected ${CALLS} hits, got ${stats?.cache_hits}`);
    }
  }

  const row = (name: string, xs: number[]) =>
    console.log(`${name.padEnd(28)} median ${fmt(median(xs)).padStart(8)}  (runs: ${xs.map(fmt).join(', ')})`);
  row('bare openai + p-limit', bare);
  row('ours, cache off', ours);
  row('ours, cache on (cold)', oursCold);
  console.log(`${'ours, cached re-run'.padEnd(28)} ${fmt(cached).padStart(15)}  (${cachedCalls} HTTP calls; target < 2000 ms: ${cached < 2000 ? 'met' : 'MISSED'})`);
  const vsBare = median(ours) / median(bare);
  const vsIdeal = median(ours) / ideal;
  console.log(`ours / bare loop   ${vsBare.toFixed(3)} (${pct(vsBare)}; target within 5%: ${vsBare <= 1.05 ? 'met' : 'MISSED'})`);
  console.log(`ours / ideal       ${vsIdeal.toFixed(3)} (${pct(vsIdeal)}; target within 10%: ${vsIdeal <= 1.1 ? 'met' : 'MISSED'})`);
  console.log(`cold cache / ideal ${(median(oursCold) / ideal).toFixed(3)}, bare / ideal ${(median(bare) / ideal).toFixed(3)}`);
  const perCall = (name: string) => (median(cpuMs[name] ?? []) * 1000) / CALLS;
  console.log(
    `client CPU per call (µs): bare ${perCall('bare').toFixed(0)}, ours ${perCall('ours').toFixed(0)} (${pct(perCall('ours') / perCall('bare'))}), ` +
      `ours + cold cache ${perCall('cold').toFixed(0)}, cached hit ${perCall('cached').toFixed(0)}`,
  );
  const load = loadavg()[0] ?? 0;
  console.log(`load average (1 min) ${load.toFixed(2)} on ${cpus().length} cores${load > cpus().length ? ': machine busy, wall-time ratios are noisy' : ''}`);
  const memory = process.memoryUsage();
  console.log(`memory after: rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)}, external ${mb(memory.external)}`);
} finally {
  server.stop();
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
