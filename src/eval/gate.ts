/**
 * The regression gate: compare headline metrics with a committed baseline and fail when any
 * drops by more than the tolerance. Every headline metric is "higher is better".
 * A metric that had a value in the baseline and is now null (e.g. no matched pairs left to
 * measure speaker accuracy on) counts as a drop to 0; a variant missing from the run fails too.
 */
import { BaselineSchema, HEADLINE_METRICS, type Baseline, type EvalMetrics, type HeadlineMetrics } from '../../schemas/eval.js';

/** Exit code of `claimsift eval` when the gate fails (1 = usage/config, 2 = item failures). */
export const GATE_EXIT_CODE = 3;

export interface MetricDrop {
  variant: string;
  metric: keyof HeadlineMetrics | 'variant_missing';
  baseline: number | null;
  current: number | null;
  drop: number;
}

export interface GateResult {
  passed: boolean;
  maxDrop: number;
  drops: MetricDrop[];
  /** Variants scored now that the baseline does not know: reported, not failed. */
  unknownVariants: string[];
}

export function checkAgainstBaseline(current: EvalMetrics, baseline: Baseline, maxDrop: number): GateResult {
  const drops: MetricDrop[] = [];
  const byName = new Map(current.variants.map((v) => [v.name, v.headline]));
  for (const [variant, expected] of Object.entries(baseline.variants)) {
    const now = byName.get(variant);
    if (now === undefined) {
      drops.push({ variant, metric: 'variant_missing', baseline: null, current: null, drop: 1 });
      continue;
    }
    for (const metric of HEADLINE_METRICS) {
      const before = expected[metric];
      if (before === null) continue;
      const after = now[metric];
      const drop = before - (after ?? 0);
      // A tiny epsilon keeps float noise (0.1 + 0.2) from failing an equal run.
      if (drop > maxDrop + 1e-9) drops.push({ variant, metric, baseline: before, current: after, drop });
    }
  }
  const known = new Set(Object.keys(baseline.variants));
  return {
    passed: drops.length === 0,
    maxDrop,
    drops,
    unknownVariants: current.variants.map((v) => v.name).filter((n) => !known.has(n)),
  };
}

/** The baseline that `--update-baseline` writes: headline metrics only, keyed by variant. */
export function baselineFrom(metrics: EvalMetrics, createdAt: string = new Date().toISOString()): Baseline {
  return BaselineSchema.parse({
    suite: metrics.suite,
    created_at: createdAt,
    variants: Object.fromEntries(metrics.variants.map((v) => [v.name, v.headline])),
  });
}

const fmt = (n: number | null): string => (n === null ? 'n/a' : n.toFixed(4));

export function describeGate(result: GateResult): string {
  if (result.passed) {
    const extra = result.unknownVariants.length > 0 ? ` (not in baseline: ${result.unknownVariants.join(', ')})` : '';
    return `gate passed: no headline metric dropped by more than ${result.maxDrop}${extra}`;
  }
  const lines = result.drops.map((d) =>
    d.metric === 'variant_missing'
      ? `  ${d.variant}: variant in the baseline was not scored`
      : `  ${d.variant}: ${d.metric} ${fmt(d.baseline)} → ${fmt(d.current)} (drop ${d.drop.toFixed(4)})`,
  );
  return [`gate FAILED: ${result.drops.length} regression(s) beyond ${result.maxDrop}`, ...lines].join('\n');
}
