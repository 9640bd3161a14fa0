/**
 * Scores of one run against the gold set, from the per-article matches. Pure: the run's files
 * are read elsewhere (score-run.ts) and handed in.
 *
 * precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2·TP / (2·TP + FP + FN); a ratio with
 * an empty denominator is null. Micro = counts summed over articles. Field accuracies are over
 * the true-positive pairs. Cluster scores are over every matched pair (required and optional),
 * because optional gold claims carry cluster labels too.
 */
import type {
  ArticleScore,
  ClaimSummary,
  FieldAccuracy,
  FieldAgreement,
  GoldOutcome,
  Prf,
  VariantMetrics,
} from '../../schemas/eval.js';
import type { Claim, Reconciled, RunManifest } from '../../schemas/index.js';
import { clusterScores } from './bcubed.js';
import type { ArticleMatch, LocatedGold, MatchedPair } from './match.js';
import { quantitiesAgree, speakersAgree } from './similarity.js';

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

export function fieldAgreement(pair: MatchedPair): FieldAgreement {
  const { claim } = pair;
  const gold = pair.gold.claim;
  return {
    speaker: speakersAgree(claim.speaker, gold.speaker),
    stance: claim.stance === gold.stance,
    quantity: quantitiesAgree(claim.quantity, gold.quantity),
    date: claim.asserted_on === gold.asserted_on,
  };
}

function accuracy(agreements: FieldAgreement[], field: keyof FieldAgreement): FieldAccuracy {
  const correct = agreements.filter((a) => a[field]).length;
  return { correct, total: agreements.length, accuracy: ratio(correct, agreements.length) };
}

export function summarizeClaim(claim: Claim): ClaimSummary {
  return {
    claim_id: claim.id,
    statement: claim.statement,
    quote: claim.quote,
    speaker: claim.speaker,
    stance: claim.stance,
    quantity: claim.quantity,
    asserted_on: claim.asserted_on,
  };
}

function outcome(articleId: string, gold: LocatedGold, pair: MatchedPair | null): GoldOutcome {
  return {
    gold_id: gold.claim.id,
    article_id: articleId,
    required: gold.claim.required,
    statement: gold.claim.statement,
    located: gold.span !== null,
    score: pair === null ? null : pair.similarity.score,
    claim: pair === null ? null : summarizeClaim(pair.claim),
    fields: pair === null ? null : fieldAgreement(pair),
  };
}

export interface ScoreInput {
  name: string;
  runDir: string;
  manifest: RunManifest;
  /** null when the run wrote no reconciled.json: every claim is then its own cluster. */
  reconciled: Reconciled | null;
  matches: ArticleMatch[];
  unscoredClaims: number;
}

export function scoreVariant(input: ScoreInput): VariantMetrics {
  const { manifest, matches } = input;
  const perArticle: ArticleScore[] = matches.map((m) => ({
    article_id: m.article_id,
    ...prf(m.truePositives.length, m.falsePositives.length, m.misses.length),
    optional_matched: m.optionalMatches.length,
  }));
  const sum = (pick: (a: ArticleScore) => number): number => perArticle.reduce((s, a) => s + pick(a), 0);
  const micro = { ...prf(sum((a) => a.tp), sum((a) => a.fp), sum((a) => a.fn)), optional_matched: sum((a) => a.optional_matched) };

  const truePositives = matches.flatMap((m) => m.truePositives);
  const agreements = truePositives.map(fieldAgreement);
  const fields = {
    speaker: accuracy(agreements, 'speaker'),
    stance: accuracy(agreements, 'stance'),
    quantity: accuracy(agreements, 'quantity'),
    date: accuracy(agreements, 'date'),
  };

  const clusterOfClaim = new Map<string, string>();
  for (const cluster of input.reconciled?.clusters ?? []) {
    for (const member of cluster.members) clusterOfClaim.set(member.claim_id, cluster.id);
  }
  const matchedPairs = matches.flatMap((m) => [...m.truePositives, ...m.optionalMatches]);
  const clusters = clusterScores(
    matchedPairs.map((p) => ({
      predicted: clusterOfClaim.get(p.claim.id) ?? `claim:${p.claim.id}`,
      gold: p.gold.claim.cluster ?? `gold:${p.gold.claim.id}`,
    })),
  );

  const { claims, rejected_quotes } = manifest.counts;
  const grounding = { claims, rejected_quotes, rate: ratio(claims, claims + rejected_quotes) };

  const gold: GoldOutcome[] = matches.flatMap((m) => [
    ...[...m.truePositives, ...m.optionalMatches].map((p) => outcome(m.article_id, p.gold, p)),
    ...[...m.misses, ...m.unmatchedOptional].map((g) => outcome(m.article_id, g, null)),
  ]);
  gold.sort((a, b) => a.article_id.localeCompare(b.article_id) || a.gold_id.localeCompare(b.gold_id));

  return {
    name: input.name,
    run_dir: input.runDir,
    run_status: manifest.status,
    extractor: {
      kind: manifest.extractor.kind,
      model: manifest.extractor.model,
      prompt: manifest.prompt === null ? null : `${manifest.prompt.id}@${manifest.prompt.version}#${manifest.prompt.sha256.slice(0, 8)}`,
    },
    headline: {
      precision: micro.precision,
      recall: micro.recall,
      f1: micro.f1,
      grounding_rate: grounding.rate,
      bcubed_f1: clusters.bcubed_f1,
      speaker_accuracy: fields.speaker.accuracy,
      stance_accuracy: fields.stance.accuracy,
      quantity_accuracy: fields.quantity.accuracy,
      date_accuracy: fields.date.accuracy,
    },
    micro,
    per_article: perArticle,
    fields,
    grounding,
    clusters,
    usage: {
      calls: manifest.usage.calls,
      prompt_tokens: manifest.usage.prompt_tokens,
      cached_prompt_tokens: manifest.usage.cached_prompt_tokens,
      completion_tokens: manifest.usage.completion_tokens,
      cost_usd: manifest.usage.cost_usd,
      wall_ms: manifest.timings_ms.total,
    },
    unscored_claims: input.unscoredClaims,
    gold,
    false_positives: matches.flatMap((m) => m.falsePositives.map((c) => ({ ...summarizeClaim(c), article_id: c.article_id }))),
  };
}
