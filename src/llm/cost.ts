import type { Price } from '../../schemas/index.js';
import type { TokenUsage } from './types.js';

/**
 * Dollars for the tokens used, or null when the model has no price (a local server, an unknown
 * model): an unknown cost is reported as unknown, never as zero. Cached prompt tokens are a subset
 * of prompt tokens and are billed at the cached rate instead of the full one.
 */
export function estimateCost(usage: TokenUsage, price: Price | undefined): number | null {
  if (!price) return null;
  const cached = Math.min(usage.cached_prompt_tokens, usage.prompt_tokens);
  const uncached = usage.prompt_tokens - cached;
  const dollars =
    (uncached * price.prompt_per_mtok + cached * price.cached_prompt_per_mtok + usage.completion_tokens * price.completion_per_mtok) /
    1_000_000;
  // Micro-dollar precision: enough for a bill, no float noise like 0.30000000000000004 in run.json.
  return Math.round(dollars * 1e6) / 1e6;
}

/**
 * The price entry for a model: the exact name, else the undated family name of a dated snapshot
 * ("gpt-4o-mini-2024-07-18" → "gpt-4o-mini"). Never a looser prefix: "gpt-4o" must not price "gpt-4o-mini".
 */
export function priceFor(model: string, prices: Record<string, Price>): Price | undefined {
  const exact = prices[model];
  if (exact) return exact;
  const undated = /^(.+)-\d{4}-\d{2}-\d{2}$/.exec(model)?.[1];
  return undated ? prices[undated] : undefined;
}
