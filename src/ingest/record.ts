import { z } from 'zod';
import { ArticleRecordSchema, ArticleSchema, type Article, type ArticleRecord, type ErrorRecord } from '../../schemas/index.js';
import { errorRecord } from '../io/error-record.js';
import { sha256 } from '../util/hash.js';
import { guessTitle } from './clean.js';
import { findDateline } from './dateline.js';
import type { IngestItem } from './types.js';

export type ParsedLine =
  | { kind: 'blank' }
  | { kind: 'record'; record: ArticleRecord }
  | { kind: 'error'; error: ErrorRecord };

function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.join('.');
  const top = issue.path[0];
  const missing =
    issue.code === 'invalid_type' &&
    issue.path.length === 1 &&
    typeof top === 'string' &&
    typeof input === 'object' &&
    input !== null &&
    (input as Record<string, unknown>)[top] === undefined;
  const message = missing ? 'required but missing' : issue.message;
  return field ? `${field}: ${message}` : message;
}

/** The first failing field and a reason naming every failing field, from a Zod error. */
export function describeIssues(error: z.ZodError, input: unknown): { field: string | null; reason: string } {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.join('.') : null;
  return { field, reason: error.issues.map((issue) => issueText(issue, input)).join('; ') };
}

/** One JSONL line → an ArticleRecord, or an error naming `path:line` and the failing field. */
export function parseRecordLine(line: string, where: { path: string; line: number }): ParsedLine {
  const item = `${where.path}:${where.line}`;
  if (line.trim().length === 0) return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { kind: 'error', error: errorRecord({ stage: 'ingest', item, code: 'bad_json', reason: `not valid JSON: ${detail}` }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      kind: 'error',
      error: errorRecord({ stage: 'ingest', item, code: 'invalid_record', reason: 'expected a JSON object with id and text' }),
    };
  }
  const parsed = ArticleRecordSchema.safeParse(value);
  if (!parsed.success) {
    const { field, reason } = describeIssues(parsed.error, value);
    return { kind: 'error', error: errorRecord({ stage: 'ingest', item, field, code: 'invalid_record', reason }) };
  }
  return { kind: 'record', record: parsed.data };
}

export interface ArticleFields {
  id: string;
  /** Cleaned text (cleanText), not empty. */
  text: string;
  source: Article['source'];
  /** undefined = guess from the first line; null = known to have none. */
  title?: string | null | undefined;
  url?: string | null | undefined;
  /** null or undefined = look for a dateline near the top of the text. */
  published_on?: string | null | undefined;
}

/** Assemble and validate an Article; title and date fall back to what the text itself shows. */
export function buildArticle(fields: ArticleFields): IngestItem {
  const title = fields.title === undefined ? guessTitle(fields.text) : fields.title?.trim() || null;
  const candidate = {
    id: fields.id,
    title,
    url: fields.url ?? null,
    published_on: fields.published_on ?? findDateline(fields.text),
    text: fields.text,
    source: fields.source,
    sha256: sha256(fields.text),
  };
  const parsed = ArticleSchema.safeParse(candidate);
  if (parsed.success) return { kind: 'article', article: parsed.data };
  const { field, reason } = describeIssues(parsed.error, candidate);
  const where = fields.source.line === null ? fields.source.path : `${fields.source.path}:${fields.source.line}`;
  return { kind: 'error', error: errorRecord({ stage: 'ingest', item: where, field, code: 'invalid_record', reason }) };
}
