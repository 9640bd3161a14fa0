import { describe, expect, it } from 'vitest';
import type { EvalMetrics } from '../schemas/eval.js';
import { compareEvals } from '../src/eval/compare.js';
import { checkAgainstBaseline, baselineFrom } from '../src/eval/gate.js';
import { matchArticle } from '../src/eval/match.js';
import { scoreVariant } from '../src/eval/metrics.js';
import { renderComparison, renderEvalReport } from '../src/eval/report.js';
import { claim, gold, manifest } from './support/eval-claims.js';

const TEXT = 'The museum said the vase was stolen. Police said a suspect | was arrested.';
const g1 = gold({ id: 'vase', statement: 'The museum said the vase was stolen.', speaker: { name: null, org: 'museum' } });
const g2 = gold({ id: 'arrest', statement: 'Police said a suspect | was arrested.', speaker: { name: null, org: 'Police' } });
const located = [g1, g2].map((g) => ({ claim: g, span: { start: TEXT.indexOf(g.quote), end: TEXT.indexOf(g.quote) + g.quote.length } }));

function metricsOf(name: string, withArrest: boolean): EvalMetrics['variants'][number] {
  const claims = [claim({ id: `${name}-1`, statement: g1.statement, start: 0, end: 36, speaker: g1.speaker })];
  if (withArrest) claims.push(claim({ id: `${name}-2`, statement: g2.statement, start: 37, end: TEXT.length, speaker: g2.speaker }));
  else claims.push(claim({ id: `${name}-x`, statement: 'Tickets | cost ten dollars.', start: 37, end: 45 }));
  return scoreVariant({ name, runDir: `/tmp/${name}`, manifest: manifest({ claims: 2, rejected: 1, calls: 4, wallMs: 1500 }), reconciled: null, matches: [matchArticle('art-1', claims, located, 0.5)], unscoredClaims: 0 });
}

const metrics: EvalMetrics = {
  tool: 'claimsift-eval',
  suite: 'museum',
  created_at: '2024-01-01T00:00:00.000Z',
  gold_dir: 'evals/gold',
  match_threshold: 0.5,
  variants: [metricsOf('rules', false), metricsOf('model-a', true)],
};

describe('renderEvalReport', () => {
  const report = renderEvalReport(metrics, checkAgainstBaseline(metrics, baselineFrom(metrics), 0.02));

  it('shows the variants side by side', () => {
    expect(report).toContain('# claimsift eval — museum');
    expect(report).toContain('| metric | rules | model-a |');
    // rules: 1 TP, 1 FP, 1 FN → 50.0 %; model-a: 2 TP → 100.0 %
    expect(report).toMatch(/\| F1 % \| 50\.0 \| 100\.0 \|/);
    expect(report).toMatch(/\| TP \/ FP \/ FN \| 1 \/ 1 \/ 1 \| 2 \/ 0 \/ 0 \|/);
    expect(report).toMatch(/grounding rate % \| 66\.7 \(2 kept, 1 rejected\)/);
  });

  it('lists misses and false positives per variant', () => {
    expect(report).toContain('Missed required gold claims: 1\n- art-1 `arrest`: Police said a suspect | was arrested.\n');
    expect(report).toContain('False positives: 1\n- art-1: Tickets | cost ten dollars.');
    expect(report).toContain('| wall time s | 1.50 | 1.50 |');
    expect(report).toContain('| extractor | rules | rules |');
  });

  it('includes the gate verdict when one was run', () => {
    expect(report).toContain('## Regression gate');
    expect(report).toContain('gate passed');
    expect(renderEvalReport(metrics)).not.toContain('## Regression gate');
  });
});

describe('renderComparison', () => {
  it('lists gained, lost and changed claims and the deltas', () => {
    const a: EvalMetrics = { ...metrics, variants: [metrics.variants[0]!] };
    const b: EvalMetrics = { ...metrics, variants: [metrics.variants[1]!] };
    const text = renderComparison(compareEvals(a, b, { a: 'out/a', b: 'out/b' }));
    expect(text).toContain('## rules → model-a');
    expect(text).toContain('Gained (matched in B only): 1\n- art-1 `arrest`: Police said a suspect | was arrested.\n');
    expect(text).toContain('Lost (matched in A only): 0');
    expect(text).toMatch(/\| recall \| 0\.5 \| 1 \| \+0\.5 \|/);
  });
});
