/**
 * Compare two evaluations claim by claim: gold claims gained (matched in B only), lost (matched
 * in A only), changed (matched in both, but the extracted fields differ), and metric deltas.
 * Variants are paired by name; two single-variant evals are paired whatever their names.
 */
import {
  HEADLINE_METRICS,
  type ChangedClaim,
  type ClaimSummary,
  type Comparison,
  type EvalMetrics,
  type GoldOutcome,
  type VariantComparison,
  type VariantMetrics,
} from '../../schemas/eval.js';
import { quantitiesAgree } from './similarity.js';

/** Metrics listed in a comparison: the headline ones, then counts and cost. */
function deltaRows(a: VariantMetrics, b: VariantMetrics): VariantComparison['deltas'] {
  const rows: Array<[string, number | null, number | null]> = HEADLINE_METRICS.map((m) => [m, a.headline[m], b.headline[m]]);
  rows.push(
    ['tp', a.micro.tp, b.micro.tp],
    ['fp', a.micro.fp, b.micro.fp],
    ['fn', a.micro.fn, b.micro.fn],
    ['pairwise_f1', a.clusters.pairwise_f1, b.clusters.pairwise_f1],
    ['calls', a.usage.calls, b.usage.calls],
    ['prompt_tokens', a.usage.prompt_tokens, b.usage.prompt_tokens],
    ['completion_tokens', a.usage.completion_tokens, b.usage.completion_tokens],
    ['cost_usd', a.usage.cost_usd, b.usage.cost_usd],
    ['wall_ms', a.usage.wall_ms, b.usage.wall_ms],
  );
  return rows.map(([metric, x, y]) => ({ metric, a: x, b: y, delta: x === null || y === null ? null : y - x }));
}

const sameSpeaker = (x: ClaimSummary, y: ClaimSummary): boolean =>
  x.speaker.name === y.speaker.name && x.speaker.org === y.speaker.org;

function changedFields(x: ClaimSummary, y: ClaimSummary): ChangedClaim['fields'] {
  const fields: ChangedClaim['fields'] = [];
  if (x.statement !== y.statement) fields.push('statement');
  if (!sameSpeaker(x, y)) fields.push('speaker');
  if (x.stance !== y.stance) fields.push('stance');
  if (!quantitiesAgree(x.quantity, y.quantity) || x.quantity?.unit !== y.quantity?.unit) fields.push('quantity');
  if (x.asserted_on !== y.asserted_on) fields.push('asserted_on');
  return fields;
}

const keyOf = (g: GoldOutcome): string => `${g.article_id}\u241f${g.gold_id}`;

export function compareVariants(a: VariantMetrics, b: VariantMetrics): VariantComparison {
  const inB = new Map(b.gold.map((g) => [keyOf(g), g]));
  const inA = new Map(a.gold.map((g) => [keyOf(g), g]));
  const ref = (g: GoldOutcome): VariantComparison['gained'][number] => ({
    gold_id: g.gold_id,
    article_id: g.article_id,
    required: g.required,
    statement: g.statement,
  });
  const gained = b.gold.filter((g) => g.claim !== null && (inA.get(keyOf(g))?.claim ?? null) === null).map(ref);
  const lost = a.gold.filter((g) => g.claim !== null && (inB.get(keyOf(g))?.claim ?? null) === null).map(ref);
  const changed: ChangedClaim[] = [];
  for (const ga of a.gold) {
    const gb = inB.get(keyOf(ga));
    if (ga.claim === null || gb === undefined || gb.claim === null) continue;
    const fields = changedFields(ga.claim, gb.claim);
    if (fields.length > 0) changed.push({ gold_id: ga.gold_id, article_id: ga.article_id, fields, a: ga.claim, b: gb.claim });
  }
  return { a: a.name, b: b.name, gained, lost, changed, deltas: deltaRows(a, b) };
}

export function compareEvals(a: EvalMetrics, b: EvalMetrics, labels: { a: string; b: string }): Comparison {
  let pairs: Array<[VariantMetrics, VariantMetrics]>;
  if (a.variants.length === 1 && b.variants.length === 1) {
    pairs = [[a.variants[0]!, b.variants[0]!]];
  } else {
    const byName = new Map(b.variants.map((v) => [v.name, v]));
    pairs = a.variants.flatMap((v): Array<[VariantMetrics, VariantMetrics]> => {
      const other = byName.get(v.name);
      return other === undefined ? [] : [[v, other]];
    });
  }
  return { a: labels.a, b: labels.b, variants: pairs.map(([x, y]) => compareVariants(x, y)) };
}
