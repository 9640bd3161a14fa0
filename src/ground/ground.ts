import { ClaimSchema, type Article, type Chunk, type Claim, type ExtractorRef, type RawClaim } from '../../schemas/index.js';
import { stableId } from '../util/hash.js';
import { alignQuote } from './align.js';

/** A claim whose quote could not be found in the article: counted and reported, never written. */
export interface RejectedQuote {
  raw: RawClaim;
  /** Best share of the quote's tokens found in order, for diagnostics. */
  coverage: number;
  reason: string;
}

export interface GroundContext {
  article: Article;
  chunk: Chunk;
  extractor: ExtractorRef;
  /** Share of a quote's tokens a fuzzy match must cover. */
  minCoverage: number;
}

/**
 * Locate each raw claim's quote in the article and turn it into a grounded Claim: the quote
 * becomes the article's own text at the span, and the id is derived from article, span and
 * statement, so the same claim found twice (e.g. in overlapping retries) has the same id.
 */
export function groundClaims(raw: RawClaim[], ctx: GroundContext): { claims: Claim[]; rejected: RejectedQuote[] } {
  const { article, chunk, extractor, minCoverage } = ctx;
  const claims: Claim[] = [];
  const rejected: RejectedQuote[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const alignment = alignQuote(item.quote, article.text, { minCoverage, near: chunk.start });
    if (alignment.status === 'unaligned') {
      rejected.push({
        raw: item,
        coverage: alignment.coverage,
        reason: `quote not found in article ${article.id} (best in-order token coverage ${alignment.coverage.toFixed(2)}, need ${minCoverage.toFixed(2)})`,
      });
      continue;
    }
    const { span } = alignment;
    const key = `${span.start}:${span.end}:${item.statement}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const candidate = {
      ...item,
      quote: article.text.slice(span.start, span.end),
      id: stableId('c', article.id, span.start, span.end, item.statement),
      article_id: article.id,
      chunk_index: chunk.index,
      span,
      alignment: alignment.status,
      extractor,
    };
    const parsed = ClaimSchema.safeParse(candidate);
    if (parsed.success) claims.push(parsed.data);
    else {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(claim)'}: ${i.message}`).join('; ');
      rejected.push({ raw: item, coverage: alignment.coverage, reason: `grounded claim is invalid: ${issues}` });
    }
  }
  return { claims, rejected };
}
