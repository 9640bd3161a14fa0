import type { RunManifest } from '../../schemas/index.js';

/** The short human summary printed on stderr at the end of a run. */
export function formatSummary(m: RunManifest, outDir: string): string {
  const c = m.counts;
  const lines = [
    `${m.status}: ${c.articles} articles (${c.articles_resumed} resumed, ${c.articles_failed} with errors), ${c.chunks} chunks`,
    `claims ${c.claims} | clusters ${c.clusters} | tracks ${c.tracks} | rejected quotes ${c.rejected_quotes} | errors ${c.errors}`,
  ];
  if (m.usage.calls || m.model_calls.cache_hits) {
    const cost = m.usage.cost_usd === null ? 'no price for this model' : `$${m.usage.cost_usd.toFixed(4)}`;
    lines.push(
      `model calls ${m.usage.calls} (cache hits ${m.model_calls.cache_hits}, retries ${m.model_calls.retries}, re-asks ${m.model_calls.reasks}) | tokens ${m.usage.prompt_tokens} in (${m.usage.cached_prompt_tokens} cached) / ${m.usage.completion_tokens} out | ${cost}`,
    );
  }
  lines.push(`time ${(m.timings_ms.total / 1000).toFixed(2)}s | output in ${outDir}${c.errors ? ' (see errors.jsonl)' : ''}`);
  return lines.join('\n');
}
