import { describe, expect, it } from 'vitest';
import { BaselineSchema, type EvalMetrics, type HeadlineMetrics, type VariantMetrics } from '../schemas/eval.js';
import { baselineFrom, checkAgainstBaseline, describeGate, GATE_EXIT_CODE } from '../src/eval/gate.js';
import { scoreVariant } from '../src/eval/metrics.js';
import { manifest } from './support/eval-claims.js';

const HEADLINE: HeadlineMetrics = {
  precision: 0.8,
  recall: 0.7,
  f1: 0.7467,
  grounding_rate: 0.95,
  bcubed_f1: 0.9,
  speaker_accuracy: 0.85,
  stance_accuracy: 0.95,
  quantity_accuracy: 0.8,
  date_accuracy: 0.75,
};

function variant(name: string, headline: Partial<HeadlineMetrics> = {}): VariantMetrics {
  const empty = scoreVariant({ name, runDir: `/tmp/${name}`, manifest: manifest({ claims: 0, rejected: 0 }), reconciled: null, matches: [], unscoredClaims: 0 });
  return { ...empty, headline: { ...HEADLINE, ...headline } };
}
const evalOf = (...variants: VariantMetrics[]): EvalMetrics => ({
  tool: 'claimsift-eval',
  suite: 'test',
  created_at: '2024-01-01T00:00:00.000Z',
  gold_dir: 'evals/gold',
  match_threshold: 0.5,
  variants,
});

describe('regression gate', () => {
  const baseline = baselineFrom(evalOf(variant('rules'), variant('model')), '2024-01-01T00:00:00.000Z');

  it('writes a baseline that its own schema accepts', () => {
    expect(BaselineSchema.parse(baseline)).toEqual(baseline);
    expect(Object.keys(baseline.variants)).toEqual(['rules', 'model']);
  });

  it('passes an equal run', () => {
    const result = checkAgainstBaseline(evalOf(variant('rules'), variant('model')), baseline, 0.02);
    expect(result.passed).toBe(true);
    expect(result.drops).toEqual([]);
    expect(describeGate(result)).toMatch(/passed/);
  });

  it('fails on a planted regression beyond the tolerance and names it', () => {
    // recall 0.70 → 0.65 (drop 0.05 > 0.02); date accuracy 0.75 → 0.74 (drop 0.01, tolerated)
    const current = evalOf(variant('rules', { recall: 0.65, date_accuracy: 0.74 }), variant('model'));
    const result = checkAgainstBaseline(current, baseline, 0.02);
    expect(result.passed).toBe(false);
    expect(result.drops.map((d) => [d.variant, d.metric])).toEqual([['rules', 'recall']]);
    expect(result.drops[0]!.drop).toBeCloseTo(0.05);
    expect(describeGate(result)).toMatch(/rules: recall 0\.7000 → 0\.6500/);
    expect(GATE_EXIT_CODE).toBe(3);
  });

  it('tolerates a drop of exactly max-drop and any improvement', () => {
    const current = evalOf(variant('rules', { precision: 0.78, f1: 0.99 }), variant('model'));
    expect(checkAgainstBaseline(current, baseline, 0.02).passed).toBe(true);
  });

  it('a metric that became null counts as a drop to 0', () => {
    const current = evalOf(variant('rules', { speaker_accuracy: null }), variant('model'));
    const result = checkAgainstBaseline(current, baseline, 0.02);
    expect(result.drops.map((d) => d.metric)).toEqual(['speaker_accuracy']);
  });

  it('a baseline variant that was not scored fails; a new variant is only reported', () => {
    const result = checkAgainstBaseline(evalOf(variant('rules'), variant('newcomer')), baseline, 0.02);
    expect(result.passed).toBe(false);
    expect(result.drops.map((d) => [d.variant, d.metric])).toEqual([['model', 'variant_missing']]);
    expect(result.unknownVariants).toEqual(['newcomer']);
  });
});
