import { describe, expect, it } from 'vitest';
import { estimateCost, priceFor } from '../src/llm/cost.js';

const price = { prompt_per_mtok: 2.5, cached_prompt_per_mtok: 1.25, completion_per_mtok: 10 };

describe('estimateCost', () => {
  it('bills cached prompt tokens at the cached rate and the rest at the full rate', () => {
    // 600k uncached × 2.5 + 400k cached × 1.25 + 100k × 10, per million.
    expect(estimateCost({ prompt_tokens: 1_000_000, cached_prompt_tokens: 400_000, completion_tokens: 100_000 }, price)).toBeCloseTo(1.5 + 0.5 + 1.0, 9);
  });

  it('is null when the model has no price, zero when nothing was used', () => {
    expect(estimateCost({ prompt_tokens: 10, cached_prompt_tokens: 0, completion_tokens: 10 }, undefined)).toBeNull();
    expect(estimateCost({ prompt_tokens: 0, cached_prompt_tokens: 0, completion_tokens: 0 }, price)).toBe(0);
  });

  it('never bills more cached tokens than prompt tokens', () => {
    expect(estimateCost({ prompt_tokens: 100, cached_prompt_tokens: 500, completion_tokens: 0 }, price)).toBeCloseTo(0.000125, 9);
  });
});

describe('priceFor', () => {
  const prices = { 'gpt-4o': price, 'gpt-4o-mini': { ...price, prompt_per_mtok: 0.15 } };

  it('finds the exact name and a dated snapshot of a priced family', () => {
    expect(priceFor('gpt-4o', prices)).toBe(price);
    expect(priceFor('gpt-4o-mini-2024-07-18', prices)?.prompt_per_mtok).toBe(0.15);
  });

  it('never prices a different model by a looser prefix', () => {
    expect(priceFor('gpt-4o-audio', prices)).toBeUndefined();
    expect(priceFor('llama3', prices)).toBeUndefined();
  });
});
