import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvalMetricsSchema, type EvalMetrics } from '../schemas/eval.js';
import { compareEvals } from '../src/eval/compare.js';
import { evaluateRunDir, evaluateSuite, loadEvaluation, writeEvalOutputs } from '../src/eval/evaluate.js';
import { startFakeOpenAI, type FakeServer } from './support/fake-openai-server.js';
import { scriptedModel, writeEvalWorld, type EvalWorld } from './support/eval-fixtures.js';

describe('evaluateSuite end to end against the loopback model server', () => {
  let server: FakeServer;
  let world: EvalWorld;
  let outDir: string;
  let metrics: EvalMetrics;
  let runExitCodes: Record<string, number>;

  beforeAll(async () => {
    server = await startFakeOpenAI(scriptedModel);
    world = await writeEvalWorld(await mkdtemp(join(tmpdir(), 'claimsift-eval-')));
    outDir = join(world.root, 'eval');
    const env = { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'test' };
    ({ metrics, runExitCodes } = await evaluateSuite(world.suite, outDir, { cwd: world.root, env }));
  });
  afterAll(async () => {
    await server?.close();
    if (world) await rm(world.root, { recursive: true, force: true });
  });

  it('ran every variant through the real pipeline and the model server', () => {
    expect(metrics.suite).toBe('flood');
    expect(metrics.variants.map((v) => v.name)).toEqual(['good', 'weak']);
    expect(Object.values(runExitCodes)).toEqual([0, 0]);
    const models = new Set(server.requests.map((r) => r.body.model));
    expect(models).toEqual(new Set(['model-good', 'model-weak']));
    for (const v of metrics.variants) {
      expect(v.extractor.kind).toBe('openai');
      expect(v.usage.calls).toBeGreaterThan(0);
    }
  });

  it('scores the good model: P 4/5, R 1, optional b2 counted on neither side, 1 of 7 quotes rejected', () => {
    const good = metrics.variants[0]!;
    expect(good.micro).toMatchObject({ tp: 4, fp: 1, fn: 0, optional_matched: 1 });
    expect(good.headline.precision).toBeCloseTo(4 / 5);
    expect(good.headline.recall).toBe(1);
    expect(good.headline.f1).toBeCloseTo(8 / 9);
    expect(good.grounding).toEqual({ claims: 6, rejected_quotes: 1, rate: 6 / 7 });
    expect(good.false_positives.map((c) => c.quote)).toEqual(['Bridges shut as river rises']);
    expect(good.headline.stance_accuracy).toBe(1);
    expect(good.headline.speaker_accuracy).toBe(1);
    expect(good.headline.quantity_accuracy).toBe(1);
  });

  it('scores the weak model: misses a3, a2 stance wrong', () => {
    const weak = metrics.variants[1]!;
    expect(weak.micro).toMatchObject({ tp: 3, fp: 0, fn: 1, optional_matched: 1 });
    expect(weak.headline.precision).toBe(1);
    expect(weak.headline.recall).toBe(0.75);
    expect(weak.headline.f1).toBeCloseTo(6 / 7);
    expect(weak.headline.stance_accuracy).toBeCloseTo(2 / 3);
    expect(weak.gold.filter((g) => g.required && g.claim === null).map((g) => g.gold_id)).toEqual(['a3']);
  });

  it('scores reconciliation over the matched claims', () => {
    const good = metrics.variants[0]!;
    // a1 a2 a3 b1 (TP) + b2 (optional)
    expect(good.clusters.items).toBe(5);
    expect(good.clusters.bcubed_f1).not.toBeNull();
    expect(good.clusters.bcubed_f1!).toBeGreaterThan(0);
  });

  it('writes metrics.json and a side-by-side report.md', async () => {
    await writeEvalOutputs(outDir, metrics, null);
    const written = EvalMetricsSchema.parse(JSON.parse(await readFile(join(outDir, 'metrics.json'), 'utf8')));
    expect(written.variants).toHaveLength(2);
    const report = await readFile(join(outDir, 'report.md'), 'utf8');
    expect(report).toContain('| metric | good | weak |');
    expect(report).toMatch(/\| TP \/ FP \/ FN \| 4 \/ 1 \/ 0 \| 3 \/ 0 \/ 1 \|/);
  });

  it('re-scores a run dir on its own, and compares two run dirs claim by claim', async () => {
    const options = { goldDir: world.gold, threshold: 0.5 };
    const good = await evaluateRunDir(join(outDir, 'runs', 'good'), options, { cwd: world.root });
    expect(good.variants[0]!.micro).toEqual(metrics.variants[0]!.micro);
    const weak = await loadEvaluation(join(outDir, 'runs', 'weak'), options, { cwd: world.root });
    const v = compareEvals(good, weak, { a: 'good', b: 'weak' }).variants[0]!;
    expect(v.lost.map((g) => g.gold_id)).toEqual(['a3']);
    expect(v.gained).toEqual([]);
    expect(v.changed.map((c) => [c.gold_id, c.fields])).toEqual([['a2', ['stance']]]);
    expect(v.deltas.find((d) => d.metric === 'recall')!.delta).toBeCloseTo(-0.25);
    // An eval dir is read back as written.
    expect((await loadEvaluation(outDir, options, { cwd: world.root })).variants.map((x) => x.name)).toEqual(['good', 'weak']);
  });
});
