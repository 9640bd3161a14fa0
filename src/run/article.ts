import type { Article, Claim, ErrorRecord, PipelineConfig } from '../../schemas/index.js';
import { chunkArticle } from '../chunk/chunk.js';
import { groundClaims } from '../ground/ground.js';
import { errorRecord } from '../io/error-record.js';
import { ModelAuthError, ModelError, ModelQuotaExhausted } from '../llm/errors.js';
import type { SelectedExtractor } from './extractor.js';
import type { ArticleOutput } from './outputs.js';
import type { RejectedRecord } from './rejected.js';

/** Errors that end the run for every article, not just this one. */
export function isFatal(error: unknown): boolean {
  return error instanceof ModelQuotaExhausted || error instanceof ModelAuthError || (error instanceof ModelError && error.code === 'aborted');
}

/** chunk → extract → ground for one article; a chunk that fails becomes an error record. */
export async function processArticle(article: Article, config: PipelineConfig, selected: SelectedExtractor, signal?: AbortSignal): Promise<ArticleOutput> {
  const chunks = chunkArticle(article, { maxChars: config.chunking.max_chars, contextChars: config.chunking.context_chars });
  const settled = await Promise.allSettled(chunks.map((chunk) => selected.extractor.extract({ article, chunk, signal })));
  const claims = new Map<string, Claim>();
  const errors: ErrorRecord[] = [];
  const rejected: RejectedRecord[] = [];
  settled.forEach((result, i) => {
    const chunk = chunks[i]!;
    if (result.status === 'rejected') {
      if (isFatal(result.reason)) throw result.reason;
      const error = result.reason instanceof ModelError ? result.reason : null;
      errors.push(
        errorRecord({
          stage: 'extract',
          item: article.id,
          chunk_index: chunk.index,
          code: error?.code ?? 'extract_failed',
          reason: result.reason instanceof Error ? result.reason.message : String(result.reason),
        }),
      );
      return;
    }
    errors.push(...result.value.failures);
    const grounded = groundClaims(result.value.claims, {
      article,
      chunk,
      extractor: selected.extractor.ref,
      minCoverage: config.ground.fuzzy_min_coverage,
    });
    for (const claim of grounded.claims) claims.set(claim.id, claim);
    for (const r of grounded.rejected) {
      rejected.push({ article_id: article.id, chunk_index: chunk.index, coverage: r.coverage, reason: r.reason, claim: r.raw });
    }
  });
  const list = [...claims.values()].sort((a, b) => a.span.start - b.span.start || a.id.localeCompare(b.id));
  return {
    entry: { article_id: article.id, sha256: article.sha256, chunks: chunks.length, claims: list.length, rejected: rejected.length, errors: errors.length },
    claims: list,
    errors,
    rejected,
  };
}

