/** Small builders for hand-made claims and gold claims in the eval tests. */
import type { Claim, GoldClaim, Quantity, RunManifest, Speaker, Stance } from '../../schemas/index.js';
import { makeClaim } from './claims.js';

export interface ClaimParts {
  id: string;
  article_id?: string;
  statement: string;
  quote?: string;
  start: number;
  end: number;
  speaker?: Speaker;
  stance?: Stance;
  quantity?: Quantity | null;
  asserted_on?: string | null;
}

export function claim(p: ClaimParts): Claim {
  return makeClaim({
    id: p.id,
    article_id: p.article_id ?? 'art-1',
    statement: p.statement,
    quote: p.quote ?? p.statement,
    span: { start: p.start, end: p.end },
    speaker: p.speaker ?? { name: null, org: null },
    stance: p.stance ?? 'asserts',
    quantity: p.quantity ?? null,
    asserted_on: p.asserted_on ?? null,
  });
}

export interface GoldParts {
  id: string;
  statement: string;
  quote?: string;
  required?: boolean;
  speaker?: Speaker;
  stance?: Stance;
  quantity?: Quantity | null;
  asserted_on?: string | null;
  cluster?: string | null;
  track?: string | null;
}

export function gold(p: GoldParts): GoldClaim {
  return {
    id: p.id,
    required: p.required ?? true,
    kind: p.quantity ? 'quantity' : 'event',
    quote: p.quote ?? p.statement,
    statement: p.statement,
    speaker: p.speaker ?? { name: null, org: null },
    stance: p.stance ?? 'asserts',
    quantity: p.quantity ?? null,
    asserted_on: p.asserted_on ?? null,
    cluster: p.cluster ?? null,
    track: p.track ?? null,
  };
}

export function exact(value: number, unit = 'troops'): Quantity {
  return { value, low: null, high: null, qualifier: 'exact', unit };
}

export function manifest(parts: { claims: number; rejected: number; calls?: number; wallMs?: number }): RunManifest {
  return {
    tool: 'claimsift',
    version: '0.0.0-test',
    status: 'completed',
    started_at: '2024-01-01T00:00:00.000Z',
    finished_at: '2024-01-01T00:00:01.000Z',
    config_path: null,
    config: {},
    inputs: [],
    extractor: { kind: 'rules', model: null, base_url_host: null, reason: 'test' },
    prompt: null,
    counts: {
      articles: 2,
      articles_failed: 0,
      articles_resumed: 0,
      chunks: 2,
      claims: parts.claims,
      rejected_quotes: parts.rejected,
      clusters: 0,
      tracks: 0,
      errors: 0,
    },
    usage: { calls: parts.calls ?? 0, prompt_tokens: 0, cached_prompt_tokens: 0, completion_tokens: 0, cost_usd: null },
    model_calls: { retries: 0, reasks: 0, cache_hits: 0, cache_misses: 0 },
    timings_ms: { total: parts.wallMs ?? 1000, extract: 0, reconcile: 0 },
  };
}
