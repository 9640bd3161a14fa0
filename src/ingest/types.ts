import type { Article, ErrorRecord } from '../../schemas/index.js';

/** What ingest yields, in input order: an article, or the error that kept an item out. */
export type IngestItem = { kind: 'article'; article: Article } | { kind: 'error'; error: ErrorRecord };

export interface ReadArticlesOptions {
  /** Files (and JSONL lines) larger than this are rejected with too_large. */
  maxBytes: number;
  /** Where `-` reads JSONL from; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
}
