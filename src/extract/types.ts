import type { Article, Chunk, ErrorRecord, ExtractorRef, PromptRef, RawClaim } from '../../schemas/index.js';

export interface ExtractInput {
  article: Article;
  chunk: Chunk;
  signal?: AbortSignal;
}

export interface ExtractOutput {
  claims: RawClaim[];
  /** What could not be done for this chunk (refusal, unsplittable length, exhausted re-asks…). */
  failures: ErrorRecord[];
}

/** One interface, several kinds: the embedded rules and any OpenAI-compatible model. */
export interface Extractor {
  readonly ref: ExtractorRef;
  readonly prompt: PromptRef | null;
  extract(input: ExtractInput): Promise<ExtractOutput>;
}
