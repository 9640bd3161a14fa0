import { z } from 'zod';

/** Dollar prices per million tokens, for the cost estimate in run.json. */
export const PriceSchema = z.strictObject({
  prompt_per_mtok: z.number().nonnegative(),
  cached_prompt_per_mtok: z.number().nonnegative(),
  completion_per_mtok: z.number().nonnegative(),
});
export type Price = z.infer<typeof PriceSchema>;

export const InputConfigSchema = z.strictObject({
  /** Files or directories (.txt, .md, .html, .jsonl); `--input` replaces this list. */
  paths: z.array(z.string().min(1)).default([]),
  /** Items larger than this are rejected with an error naming them. */
  max_bytes: z.number().int().positive().default(2_000_000),
});

export const ChunkingConfigSchema = z.strictObject({
  max_chars: z.number().int().min(200).default(4000),
  /** How much of the previous chunk's tail is offered as context. */
  context_chars: z.number().int().nonnegative().default(400),
});

export const CacheConfigSchema = z.strictObject({
  enabled: z.boolean().default(true),
  dir: z.string().default('.cache/claimsift'),
});

export const ExtractorConfigSchema = z.strictObject({
  /** auto = openai when an API key or base URL is set, rules otherwise. */
  kind: z.enum(['auto', 'rules', 'openai']).default('auto'),
  /** null = $OPENAI_MODEL (model_env), else gpt-4o-mini. */
  model: z.string().min(1).nullable().default(null),
  /** Names of the environment variables to read; the values themselves never live in config. */
  api_key_env: z.string().default('OPENAI_API_KEY'),
  base_url_env: z.string().default('OPENAI_BASE_URL'),
  model_env: z.string().default('OPENAI_MODEL'),
  base_url: z.string().url().nullable().default(null),
  prompt: z.string().default('prompts/extract-claims.yaml'),
  temperature: z.number().min(0).max(2).default(0),
  max_output_tokens: z.number().int().positive().default(4096),
  /** json_schema = Structured Outputs; json_object = JSON mode; auto = json_schema, falling back once rejected. */
  response_format: z.enum(['auto', 'json_schema', 'json_object']).default('auto'),
  concurrency: z.number().int().min(1).max(1024).default(8),
  requests_per_minute: z.number().positive().nullable().default(null),
  tokens_per_minute: z.number().positive().nullable().default(null),
  max_retries: z.number().int().min(0).max(20).default(5),
  /** Validation re-asks per chunk, counted apart from transport retries. */
  max_reasks: z.number().int().min(0).max(5).default(2),
  /** First back-off step of a retry; later steps double, with full jitter. */
  retry_base_ms: z.number().int().nonnegative().default(500),
  timeout_ms: z.number().int().positive().default(60_000),
  /** Upper bound on any single wait, including a server's Retry-After. */
  max_retry_wait_ms: z.number().int().positive().default(120_000),
  cache: CacheConfigSchema.default({ enabled: true, dir: '.cache/claimsift' }),
  prices: z.record(z.string(), PriceSchema).default({}),
});
export type ExtractorConfig = z.infer<typeof ExtractorConfigSchema>;

export const GroundConfigSchema = z.strictObject({
  /** Share of the quote's tokens that a fuzzy match must cover, in order. */
  fuzzy_min_coverage: z.number().min(0.5).max(1).default(0.85),
});

export const ReconcileConfigSchema = z.strictObject({
  /** Minimum pair score for two claims to be the same proposition. */
  cluster_threshold: z.number().min(0).max(1).default(0.55),
  /** Minimum similarity of two measures to share a track. */
  track_threshold: z.number().min(0).max(1).default(0.5),
});

export const OutputConfigSchema = z.strictObject({
  dir: z.string().default('out'),
});

export const PipelineConfigSchema = z.strictObject({
  name: z.string().default('default'),
  input: InputConfigSchema.default({ paths: [], max_bytes: 2_000_000 }),
  chunking: ChunkingConfigSchema.default({ max_chars: 4000, context_chars: 400 }),
  extractor: ExtractorConfigSchema.default(ExtractorConfigSchema.parse({})),
  ground: GroundConfigSchema.default({ fuzzy_min_coverage: 0.85 }),
  reconcile: ReconcileConfigSchema.default({ cluster_threshold: 0.55, track_threshold: 0.5 }),
  output: OutputConfigSchema.default({ dir: 'out' }),
});
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;
