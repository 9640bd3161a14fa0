import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaselineSchema } from '../schemas/eval.js';
import type { CliIO } from '../src/cli/command.js';
import { evalCommand } from '../src/cli/commands/eval.js';
import { main } from '../src/cli/main.js';
import { startFakeOpenAI, type FakeServer } from './support/fake-openai-server.js';
import { scriptedModel, writeEvalWorld, type EvalWorld } from './support/eval-fixtures.js';

interface Captured extends CliIO {
  out: string[];
  err: string[];
}

function captureIO(cwd: string, env: Record<string, string | undefined>): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd, isTTY: false };
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

describe('claimsift eval (CLI)', () => {
  let server: FakeServer;
  let world: EvalWorld;
  let env: Record<string, string>;
  let good: string;
  let weak: string;
  let suiteExit: number;
  let suiteIO: Captured;

  beforeAll(async () => {
    server = await startFakeOpenAI(scriptedModel);
    world = await writeEvalWorld(await mkdtemp(join(tmpdir(), 'claimsift-eval-cli-')));
    env = { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'test' };
    suiteIO = captureIO(world.root, env);
    suiteExit = await evalCommand.run(['--suite', 'suite.yaml', '--out', 'eval', '--quiet'], suiteIO);
    good = join('eval', 'runs', 'good');
    weak = join('eval', 'runs', 'weak');
  });
  afterAll(async () => {
    await server?.close();
    if (world) await rm(world.root, { recursive: true, force: true });
  });

  it('--suite runs the variants and writes metrics.json and report.md (paths relative to cwd)', async () => {
    expect(suiteExit).toBe(0);
    const stdout = suiteIO.out.join('');
    expect(stdout).toMatch(/^good: P 80\.0% R 100\.0% F1 88\.9%/m);
    expect(stdout).toMatch(/^weak: P 100\.0% R 75\.0% F1 85\.7%/m);
    expect(await exists(join(world.root, 'eval', 'metrics.json'))).toBe(true);
    expect(await readFile(join(world.root, 'eval', 'report.md'), 'utf8')).toContain('| metric | good | weak |');
  });

  it('--help documents the gate exit code', async () => {
    const io = captureIO(world.root, {});
    expect(await evalCommand.run(['--help'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/3 the regression gate failed/);
  });

  it('gate: --update-baseline writes one; an equal run passes; a planted regression exits 3', async () => {
    const baseline = join(world.root, 'baselines', 'flood.json');
    const write = captureIO(world.root, {});
    expect(await evalCommand.run(['--run', good, '--gold', 'gold', '--update-baseline', 'baselines/flood.json'], write)).toBe(0);
    const written = BaselineSchema.parse(JSON.parse(await readFile(baseline, 'utf8')));
    expect(written.variants.run!.recall).toBe(1);
    // --run writes beside the run dir by default
    expect(await exists(join(world.root, 'eval', 'runs', 'good-eval', 'metrics.json'))).toBe(true);

    const same = captureIO(world.root, {});
    expect(await evalCommand.run(['--run', good, '--gold', 'gold', '--baseline', 'baselines/flood.json'], same)).toBe(0);
    expect(same.out.join('')).toContain('gate passed');

    // The weak run drops recall by 0.25 and stance accuracy by 1/3: both beyond 0.02.
    const worse = captureIO(world.root, {});
    const code = await evalCommand.run(['--run', weak, '--gold', 'gold', '--baseline', 'baselines/flood.json', '--max-drop', '0.02'], worse);
    expect(code).toBe(3);
    const text = worse.out.join('');
    expect(text).toContain('gate FAILED');
    expect(text).toMatch(/run: recall 1\.0000 → 0\.7500/);
    expect(text).toMatch(/run: stance_accuracy/);
    // A tolerance wide enough lets it through.
    expect(await evalCommand.run(['--run', weak, '--gold', 'gold', '--baseline', 'baselines/flood.json', '--max-drop', '0.5'], captureIO(world.root, {}))).toBe(0);
  });

  it('--compare lists gained, lost and changed gold claims', async () => {
    const io = captureIO(world.root, {});
    expect(await evalCommand.run(['--compare', good, weak, '--gold', 'gold', '--out', 'cmp'], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('Lost (matched in A only): 1\n- alpha `a3`: Officials denied that the dam had failed.\n');
    expect(text).toContain('Gained (matched in B only): 0');
    expect(text).toContain('Changed (matched in both, fields differ): 1\n- alpha `a2`: stance');
    expect(await exists(join(world.root, 'cmp', 'comparison.json'))).toBe(true);
  });

  it('usage and config errors exit 1 with a message naming the problem', async () => {
    const run = async (...argv: string[]): Promise<{ code: number; err: string }> => {
      const io = captureIO(world.root, {});
      const code = await main(['eval', ...argv], io);
      return { code, err: io.err.join('') };
    };
    expect(await run('--baseline', 'a.json', '--update-baseline', 'b.json')).toMatchObject({ code: 1 });
    expect((await run('--run', good, '--max-drop', 'lots')).err).toMatch(/--max-drop must be a number/);
    expect((await run('--compare', good)).err).toMatch(/--compare takes two dirs/);
    expect((await run('--run', good, '--suite', 'suite.yaml')).err).toMatch(/one of --suite, --run and --compare/);
    expect((await run('--run', 'nowhere')).err).toMatch(/not a run directory/);
    expect((await run('--run', good, '--gold', 'gold', '--baseline', 'missing.json')).err).toMatch(/missing\.json: cannot read baseline/);

    await writeFile(join(world.root, 'typo.yaml'), 'name: t\narticles: [articles]\nvariants: [{ name: v, config: pipeline.yaml }]\nthreshhold: 0.4\n');
    const typo = await run('--suite', 'typo.yaml');
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('typo.yaml: unknown key "threshhold"');

    await writeFile(join(world.root, 'badbase.json'), JSON.stringify({ suite: null, created_at: 'x', variants: {}, extra: 1 }));
    expect((await run('--run', good, '--gold', 'gold', '--baseline', 'badbase.json')).err).toContain('badbase.json: unknown key "extra"');
  });
});
