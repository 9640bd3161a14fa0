// The embedded `rules` extractor: deterministic, offline, no key. It reads the whole article once
// (so "he said" and surname-only mentions resolve across chunk boundaries) and hands each chunk
// the claims whose quotes lie inside it; every quote is an exact slice of the chunk's text.
import type { Article, Chunk, RawClaim } from '../../../schemas/index.js';
import type { ExtractInput, ExtractOutput, Extractor } from '../types.js';
import { analyzeArticle } from './analyze.js';
import type { DraftClaim } from './claims.js';

export { analyzeArticle, outletOf } from './analyze.js';
export type { DraftClaim } from './claims.js';

function toRawClaim(draft: DraftClaim, article: Article): RawClaim {
  return {
    statement: draft.statement,
    quote: article.text.slice(draft.start, draft.end),
    speaker: { name: draft.speaker.name, org: draft.speaker.org },
    stance: draft.stance,
    quantity: draft.quantity ? { ...draft.quantity } : null,
    asserted_on: draft.asserted_on,
  };
}

/** Claims of `article` whose quotes fall inside `chunk`, given the article's analysis. */
export function claimsForChunk(drafts: readonly DraftClaim[], article: Article, chunk: Chunk): RawClaim[] {
  return drafts
    .filter((d) => d.start >= chunk.start && d.end <= chunk.end)
    .map((d) => toRawClaim(d, article));
}

/** Article analyses are reused across that article's chunks; a few articles are kept at most. */
const CACHE_LIMIT = 8;

export function createRulesExtractor(): Extractor {
  const cache = new Map<string, DraftClaim[]>();
  const analysisOf = (article: Article): DraftClaim[] => {
    const key = `${article.id}\u241f${article.sha256}`;
    let drafts = cache.get(key);
    if (!drafts) {
      drafts = analyzeArticle(article);
      cache.set(key, drafts);
      if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? key);
    }
    return drafts;
  };
  return {
    ref: { kind: 'rules', model: null, prompt: null },
    prompt: null,
    async extract(input: ExtractInput): Promise<ExtractOutput> {
      input.signal?.throwIfAborted();
      return { claims: claimsForChunk(analysisOf(input.article), input.article, input.chunk), failures: [] };
    },
  };
}
