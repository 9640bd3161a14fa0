import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimSchema, RunManifestSchema } from '../schemas/index.js';
import { readJsonlFile } from '../src/io/jsonl.js';
import { startFakeOpenAI, type FakeServer } from './support/fake-openai-server.js';
import { runCli, tempDir } from './support/cli.js';
import { scriptedAnswer } from './support/scripted-model.js';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function fixture(): Promise<{ input: string; config: string }> {
  const dir = await tempDir('resume');
  const lines = Array.from({ length: 40 }, (_, i) =>
    JSON.stringify({
      id: `story-${String(i).padStart(2, '0')}`,
      published_on: '2022-02-14',
      text: `The agency said ${i + 10} flights were cancelled on Sunday.\n\nA union official told reporters that ${i + 200} workers joined the strike.`,
    }),
  );
  const input = join(dir, 'dump.jsonl');
  await writeFile(input, `${lines.join('\n')}\n`);
  const config = join(dir, 'pipeline.yaml');
  // No cache: the resumed run must really redo the unfinished articles, not replay them.
  await writeFile(config, 'extractor:\n  model: fake-model\n  concurrency: 2\n  cache:\n    enabled: false\n');
  return { input, config };
}

function startChild(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function waitForLedger(out: string, lines: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the child finished before it could be stopped');
    const text = await readFile(join(out, 'articles.jsonl'), 'utf8').catch(() => '');
    if (text.split('\n').filter(Boolean).length >= lines) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the child made no progress');
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

/** Start the CLI in a child process, send `signal` once `articles` are finished, resolve to its exit code. */
async function stopMidRun(args: string[], env: Record<string, string>, out: string, articles: number, signal: NodeJS.Signals): Promise<number | null> {
  const child = startChild(args, env);
  const done = exited(child);
  await waitForLedger(out, articles, child);
  child.kill(signal);
  return done;
}

async function claimLines(out: string): Promise<string[]> {
  return (await readFile(join(out, 'claims.jsonl'), 'utf8')).split('\n').filter(Boolean).sort();
}

describe('resume', () => {
  it('a run killed with SIGKILL and started again ends with exactly the claims of an uninterrupted run', async () => {
    server = await startFakeOpenAI((req) => ({ ...scriptedAnswer(req), delayMs: 40 }));
    const { input, config } = await fixture();
    const env = { OPENAI_BASE_URL: server.baseURL };
    const reference = await tempDir('reference');
    expect((await runCli(['run', '--config', config, '--input', input, '--out', reference, '--quiet'], env)).code).toBe(0);

    const out = await tempDir('killed');
    const args = ['run', '--config', config, '--input', input, '--out', out, '--quiet'];
    await stopMidRun(args, env, out, 8, 'SIGKILL');
    const partial = (await readFile(join(out, 'articles.jsonl'), 'utf8')).split('\n').filter(Boolean).length;
    expect(partial).toBeLessThan(40);

    const resumed = await runCli(args, env);
    expect(resumed.code).toBe(0);
    const manifest = RunManifestSchema.parse(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')));
    expect(manifest.counts.articles_resumed).toBeGreaterThanOrEqual(8);
    expect(await claimLines(out)).toEqual(await claimLines(reference));
    const claims = await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('SIGINT stops gracefully (exit 130, status interrupted) and the same command finishes the rest', async () => {
    server = await startFakeOpenAI((req) => ({ ...scriptedAnswer(req), delayMs: 40 }));
    const { input, config } = await fixture();
    const env = { OPENAI_BASE_URL: server.baseURL };
    const out = await tempDir('sigint');
    const args = ['run', '--config', config, '--input', input, '--out', out, '--quiet'];
    expect(await stopMidRun(args, env, out, 5, 'SIGINT')).toBe(130);
    const interrupted = RunManifestSchema.parse(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')));
    expect(interrupted.status).toBe('interrupted');

    expect((await runCli(args, env)).code).toBe(0);
    const claims = await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema);
    expect(new Set(claims.map((c) => c.article_id)).size).toBe(40);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });
});
