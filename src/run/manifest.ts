import type { Price, RunManifest } from '../../schemas/index.js';
import { estimateCost } from '../llm/cost.js';
import { VERSION } from '../version.js';
import type { SelectedExtractor } from './extractor.js';
import type { RunOptions } from './pipeline.js';

/** Counters a run keeps as it goes; the manifest is derived from them. */
export interface RunTally {
  articles: number;
  articlesFailed: number;
  articlesResumed: number;
  chunks: number;
  claims: number;
  rejected: number;
  errors: number;
  extractMs: number;
  reconcileMs: number;
}

export interface ManifestInput {
  options: RunOptions;
  selected: SelectedExtractor;
  /** The model's entry in the price table, if it has one. */
  price: Price | undefined;
  tally: RunTally;
  status: RunManifest['status'];
  startedAt: string;
  finishedAt: string | null;
  totalMs: number;
  reconciled?: { clusters: number; tracks: number } | undefined;
}

export function buildManifest(input: ManifestInput): RunManifest {
  const { options, selected, tally } = input;
  const stats = selected.client?.stats() ?? null;
  const model = selected.extractor.ref.model;
  const tokens = {
    prompt_tokens: stats?.prompt_tokens ?? 0,
    cached_prompt_tokens: stats?.cached_prompt_tokens ?? 0,
    completion_tokens: stats?.completion_tokens ?? 0,
  };
  return {
    tool: 'claimsift',
    version: VERSION,
    status: input.status,
    started_at: input.startedAt,
    finished_at: input.finishedAt,
    config_path: options.configPath,
    config: options.config,
    inputs: options.inputs,
    extractor: {
      kind: selected.extractor.ref.kind,
      model,
      base_url_host: selected.client?.baseUrlHost ?? null,
      reason: input.selected.reason,
    },
    prompt: selected.prompt,
    counts: {
      articles: tally.articles,
      articles_failed: tally.articlesFailed,
      articles_resumed: tally.articlesResumed,
      chunks: tally.chunks,
      claims: tally.claims,
      rejected_quotes: tally.rejected,
      clusters: input.reconciled?.clusters ?? 0,
      tracks: input.reconciled?.tracks ?? 0,
      errors: tally.errors,
    },
    usage: {
      calls: stats?.calls ?? 0,
      ...tokens,
      cost_usd: stats ? estimateCost(tokens, input.price) : 0,
    },
    model_calls: {
      retries: stats?.retries ?? 0,
      reasks: stats?.reasks ?? 0,
      cache_hits: stats?.cache_hits ?? 0,
      cache_misses: stats?.cache_misses ?? 0,
    },
    timings_ms: { total: input.totalMs, extract: tally.extractMs, reconcile: tally.reconcileMs },
  };
}
