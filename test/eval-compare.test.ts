import { describe, expect, it } from 'vitest';
import type { EvalMetrics, VariantMetrics } from '../schemas/eval.js';
import type { Claim, GoldClaim } from '../schemas/index.js';
import { compareEvals } from '../src/eval/compare.js';
import { matchArticle } from '../src/eval/match.js';
import { scoreVariant } from '../src/eval/metrics.js';
import { claim, exact, gold, manifest } from './support/eval-claims.js';

const TEXT = 'The council said 12 bridges need repair. The mayor said work starts in May. Engineers said 3 bridges are closed.';
const spanOf = (quote: string): { start: number; end: number } => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
const council = { name: null, org: 'council' };
const mayor = { name: null, org: 'mayor' };
const engineers = { name: null, org: 'Engineers' };

const g1 = gold({ id: 'g1', statement: 'The council said 12 bridges need repair.', speaker: council, quantity: exact(12, 'bridges') });
const g2 = gold({ id: 'g2', statement: 'The mayor said work starts in May.', speaker: mayor });
const g3 = gold({ id: 'g3', statement: 'Engineers said 3 bridges are closed.', speaker: engineers, quantity: exact(3, 'bridges') });

const c = (id: string, g: GoldClaim, extra: Partial<Parameters<typeof claim>[0]> = {}): Claim =>
  claim({ id, statement: g.statement, ...spanOf(g.quote), speaker: g.speaker, quantity: g.quantity, ...extra });

function evalWith(name: string, claims: Claim[], calls: number): EvalMetrics {
  const located = [g1, g2, g3].map((g) => ({ claim: g, span: spanOf(g.quote) }));
  const v: VariantMetrics = scoreVariant({
    name,
    runDir: `/tmp/${name}`,
    manifest: manifest({ claims: claims.length, rejected: 0, calls }),
    reconciled: null,
    matches: [matchArticle('art-1', claims, located, 0.5)],
    unscoredClaims: 0,
  });
  return { tool: 'claimsift-eval', suite: null, created_at: 'now', gold_dir: 'g', match_threshold: 0.5, variants: [v] };
}

describe('compareEvals', () => {
  // A finds g1 and g3; B finds g2 and g3, with g3's quantity read as "about 3".
  const a = evalWith('old', [c('a1', g1), c('a3', g3)], 2);
  const b = evalWith('new', [c('b2', g2), c('b3', g3, { quantity: { ...exact(3, 'bridges'), qualifier: 'about' } })], 5);
  const comparison = compareEvals(a, b, { a: 'out/a', b: 'out/b' });
  const v = comparison.variants[0]!;

  it('pairs two single-variant evals whatever their names', () => {
    expect(comparison.variants).toHaveLength(1);
    expect([v.a, v.b]).toEqual(['old', 'new']);
  });

  it('lists gold claims gained and lost', () => {
    expect(v.gained.map((g) => g.gold_id)).toEqual(['g2']);
    expect(v.lost.map((g) => g.gold_id)).toEqual(['g1']);
  });

  it('lists claims matched in both whose fields differ', () => {
    expect(v.changed.map((x) => [x.gold_id, x.fields])).toEqual([['g3', ['quantity']]]);
    expect(v.changed[0]!.a.claim_id).toBe('a3');
    expect(v.changed[0]!.b.claim_id).toBe('b3');
  });

  it('gives metric deltas B − A', () => {
    const delta = (metric: string) => v.deltas.find((d) => d.metric === metric)!;
    // both: TP 2 of 3 required, FP 0 → recall 2/3 each: no change
    expect(delta('recall').delta).toBeCloseTo(0);
    // quantity accuracy: A 2/2 → B 1/2
    expect(delta('quantity_accuracy')).toMatchObject({ a: 1, b: 0.5, delta: -0.5 });
    expect(delta('calls')).toMatchObject({ a: 2, b: 5, delta: 3 });
  });

  it('pairs variants by name when evals hold several', () => {
    const two = (x: EvalMetrics, y: EvalMetrics, names: [string, string]): EvalMetrics => ({
      ...x,
      variants: [{ ...x.variants[0]!, name: names[0] }, { ...y.variants[0]!, name: names[1] }],
    });
    const left = two(a, b, ['rules', 'model']);
    const right = two(b, a, ['model', 'other']);
    const result = compareEvals(left, right, { a: 'l', b: 'r' });
    expect(result.variants.map((x) => [x.a, x.b])).toEqual([['model', 'model']]);
  });
});
