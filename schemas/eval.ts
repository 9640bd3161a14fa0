import { z } from 'zod';
import { QuantitySchema, SpeakerSchema, StanceSchema } from './claim.js';
import { IsoDateSchema } from './common.js';

// ---------------------------------------------------------------- suites (evals/suites/*.yaml)

const NameSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dot, dash, underscore');

/**
 * One pipeline setting to score: a pipeline config plus overrides. `prompt`, `model` and
 * `extractor` are shorthands for the extractor section; `overrides` is deep-merged last.
 */
export const SuiteVariantSchema = z.strictObject({
  name: NameSchema,
  config: z.string().min(1),
  prompt: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  extractor: z.enum(['auto', 'rules', 'openai']).optional(),
  overrides: z.record(z.string(), z.unknown()).optional(),
});
export type SuiteVariant = z.infer<typeof SuiteVariantSchema>;

/** A cross product of prompt files × models × extractor kinds over one base config. */
export const SuiteMatrixSchema = z.strictObject({
  config: z.string().min(1),
  prompts: z.array(z.string().min(1)).min(1).optional(),
  models: z.array(z.string().min(1)).min(1).optional(),
  extractors: z.array(z.enum(['auto', 'rules', 'openai'])).min(1).optional(),
});
export type SuiteMatrix = z.infer<typeof SuiteMatrixSchema>;

export const SuiteSchema = z
  .strictObject({
    name: NameSchema,
    description: z.string().optional(),
    /** Article files or directories, as for `claimsift run --input`. */
    articles: z.array(z.string().min(1)).min(1),
    /** Directory of gold files (evals/gold/<article id>.yaml). */
    gold: z.string().min(1).default('evals/gold'),
    /** Minimum similarity for an extracted claim to match a gold claim (see evals/README.md). */
    match_threshold: z.number().min(0).max(1).default(0.5),
    variants: z.array(SuiteVariantSchema).default([]),
    matrix: SuiteMatrixSchema.optional(),
  })
  .refine((s) => s.variants.length > 0 || s.matrix !== undefined, {
    message: 'a suite needs at least one variant (variants or matrix)',
    path: ['variants'],
  });
export type Suite = z.infer<typeof SuiteSchema>;

// ---------------------------------------------------------------- metrics (metrics.json)

/** A ratio whose denominator may be empty: null then, never a made-up 0 or 1. */
const RatioSchema = z.number().min(0).max(1).nullable();

/** The metrics the regression gate watches; higher is better for every one. */
export const HeadlineMetricsSchema = z.strictObject({
  precision: RatioSchema,
  recall: RatioSchema,
  f1: RatioSchema,
  grounding_rate: RatioSchema,
  bcubed_f1: RatioSchema,
  speaker_accuracy: RatioSchema,
  stance_accuracy: RatioSchema,
  quantity_accuracy: RatioSchema,
  date_accuracy: RatioSchema,
});
export type HeadlineMetrics = z.infer<typeof HeadlineMetricsSchema>;
export const HEADLINE_METRICS = Object.keys(HeadlineMetricsSchema.shape) as Array<keyof HeadlineMetrics>;

export const PrfSchema = z.object({
  tp: z.number().int().nonnegative(),
  fp: z.number().int().nonnegative(),
  fn: z.number().int().nonnegative(),
  precision: RatioSchema,
  recall: RatioSchema,
  f1: RatioSchema,
});
export type Prf = z.infer<typeof PrfSchema>;

export const ArticleScoreSchema = PrfSchema.extend({
  article_id: z.string(),
  /** Matches to optional gold claims: neither TP nor FP. */
  optional_matched: z.number().int().nonnegative(),
});
export type ArticleScore = z.infer<typeof ArticleScoreSchema>;

export const FieldAccuracySchema = z.object({
  correct: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  accuracy: RatioSchema,
});
export type FieldAccuracy = z.infer<typeof FieldAccuracySchema>;

export const ClusterScoresSchema = z.object({
  /** Matched claims the cluster scores are computed over. */
  items: z.number().int().nonnegative(),
  bcubed_precision: RatioSchema,
  bcubed_recall: RatioSchema,
  bcubed_f1: RatioSchema,
  pairwise_precision: RatioSchema,
  pairwise_recall: RatioSchema,
  pairwise_f1: RatioSchema,
});
export type ClusterScores = z.infer<typeof ClusterScoresSchema>;

export const FieldAgreementSchema = z.object({
  speaker: z.boolean(),
  stance: z.boolean(),
  quantity: z.boolean(),
  date: z.boolean(),
});
export type FieldAgreement = z.infer<typeof FieldAgreementSchema>;

/** What an extracted claim said, kept so two evals can be compared without their run dirs. */
export const ClaimSummarySchema = z.object({
  claim_id: z.string(),
  statement: z.string(),
  quote: z.string(),
  speaker: SpeakerSchema,
  stance: StanceSchema,
  quantity: QuantitySchema.nullable(),
  asserted_on: IsoDateSchema.nullable(),
});
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

/** The fate of one gold claim in one run. */
export const GoldOutcomeSchema = z.object({
  gold_id: z.string(),
  article_id: z.string(),
  required: z.boolean(),
  statement: z.string(),
  /** False when the gold quote was not found verbatim in the article (matching falls back to tokens). */
  located: z.boolean(),
  score: z.number().nullable(),
  claim: ClaimSummarySchema.nullable(),
  fields: FieldAgreementSchema.nullable(),
});
export type GoldOutcome = z.infer<typeof GoldOutcomeSchema>;

export const VariantMetricsSchema = z.object({
  name: z.string(),
  run_dir: z.string(),
  run_status: z.string(),
  extractor: z.object({ kind: z.string(), model: z.string().nullable(), prompt: z.string().nullable() }),
  headline: HeadlineMetricsSchema,
  micro: PrfSchema.extend({ optional_matched: z.number().int().nonnegative() }),
  per_article: z.array(ArticleScoreSchema),
  fields: z.object({
    speaker: FieldAccuracySchema,
    stance: FieldAccuracySchema,
    quantity: FieldAccuracySchema,
    date: FieldAccuracySchema,
  }),
  grounding: z.object({ claims: z.number().int().nonnegative(), rejected_quotes: z.number().int().nonnegative(), rate: RatioSchema }),
  clusters: ClusterScoresSchema,
  usage: z.object({
    calls: z.number().int().nonnegative(),
    prompt_tokens: z.number().int().nonnegative(),
    cached_prompt_tokens: z.number().int().nonnegative(),
    completion_tokens: z.number().int().nonnegative(),
    cost_usd: z.number().nonnegative().nullable(),
    wall_ms: z.number().nonnegative(),
  }),
  /** Extracted claims of articles that have no gold file: not scored. */
  unscored_claims: z.number().int().nonnegative(),
  gold: z.array(GoldOutcomeSchema),
  false_positives: z.array(ClaimSummarySchema.extend({ article_id: z.string() })),
});
export type VariantMetrics = z.infer<typeof VariantMetricsSchema>;

/** eval output dir / metrics.json */
export const EvalMetricsSchema = z.object({
  tool: z.literal('claimsift-eval'),
  suite: z.string().nullable(),
  created_at: z.string(),
  gold_dir: z.string(),
  match_threshold: z.number(),
  variants: z.array(VariantMetricsSchema).min(1),
});
export type EvalMetrics = z.infer<typeof EvalMetricsSchema>;

// ---------------------------------------------------------------- baselines (evals/baselines/*.json)

export const BaselineSchema = z.strictObject({
  suite: z.string().nullable(),
  created_at: z.string(),
  /** Headline metrics per variant name. */
  variants: z.record(z.string(), HeadlineMetricsSchema),
});
export type Baseline = z.infer<typeof BaselineSchema>;

// ---------------------------------------------------------------- comparison (eval --compare)

export const ChangedClaimSchema = z.object({
  gold_id: z.string(),
  article_id: z.string(),
  /** Fields whose extracted value differs between A and B. */
  fields: z.array(z.enum(['statement', 'speaker', 'stance', 'quantity', 'asserted_on'])),
  a: ClaimSummarySchema,
  b: ClaimSummarySchema,
});
export type ChangedClaim = z.infer<typeof ChangedClaimSchema>;

export const VariantComparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** Gold claims matched in B but not in A, and the reverse. */
  gained: z.array(z.object({ gold_id: z.string(), article_id: z.string(), required: z.boolean(), statement: z.string() })),
  lost: z.array(z.object({ gold_id: z.string(), article_id: z.string(), required: z.boolean(), statement: z.string() })),
  changed: z.array(ChangedClaimSchema),
  deltas: z.array(
    z.object({ metric: z.string(), a: z.number().nullable(), b: z.number().nullable(), delta: z.number().nullable() }),
  ),
});
export type VariantComparison = z.infer<typeof VariantComparisonSchema>;

export const ComparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  variants: z.array(VariantComparisonSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
