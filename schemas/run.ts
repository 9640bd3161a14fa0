import { z } from 'zod';
import { PromptRefSchema } from './prompt.js';

export const UsageSchema = z.object({
  calls: z.number().int().nonnegative(),
  prompt_tokens: z.number().int().nonnegative(),
  cached_prompt_tokens: z.number().int().nonnegative(),
  completion_tokens: z.number().int().nonnegative(),
  /** null when the model has no entry in the price table. */
  cost_usd: z.number().nonnegative().nullable(),
});
export type Usage = z.infer<typeof UsageSchema>;

/** out/run.json: what ran, on what, and what it produced. */
export const RunManifestSchema = z.object({
  tool: z.literal('claimsift'),
  version: z.string(),
  status: z.enum(['running', 'completed', 'completed_with_errors', 'interrupted', 'failed']),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  config_path: z.string().nullable(),
  config: z.unknown(),
  inputs: z.array(z.string()),
  extractor: z.object({
    kind: z.enum(['rules', 'openai']),
    model: z.string().nullable(),
    base_url_host: z.string().nullable(),
    /** Why this kind ran (e.g. "auto: no OPENAI_API_KEY or OPENAI_BASE_URL set"). */
    reason: z.string(),
  }),
  prompt: PromptRefSchema.nullable(),
  counts: z.object({
    articles: z.number().int().nonnegative(),
    articles_failed: z.number().int().nonnegative(),
    articles_resumed: z.number().int().nonnegative(),
    chunks: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    rejected_quotes: z.number().int().nonnegative(),
    clusters: z.number().int().nonnegative(),
    tracks: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
  }),
  usage: UsageSchema,
  model_calls: z.object({
    retries: z.number().int().nonnegative(),
    reasks: z.number().int().nonnegative(),
    cache_hits: z.number().int().nonnegative(),
    cache_misses: z.number().int().nonnegative(),
  }),
  timings_ms: z.object({
    total: z.number().nonnegative(),
    extract: z.number().nonnegative(),
    reconcile: z.number().nonnegative(),
  }),
});
export type RunManifest = z.infer<typeof RunManifestSchema>;
