import { z } from 'zod';
import { IsoDateSchema } from './common.js';

/** One news article after ingest: `text` is the cleaned body that every span points into. */
export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published_on: IsoDateSchema.nullable(),
  text: z.string().min(1),
  /** Where it came from: a file path, with the line number for JSONL dumps. */
  source: z.object({ path: z.string(), line: z.number().int().positive().nullable() }),
  /** sha256 of `text`: resume and caches use it to notice a changed article. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Article = z.infer<typeof ArticleSchema>;

/** One line of a JSONL dump, as users write it. */
export const ArticleRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published_on: IsoDateSchema.nullish(),
  text: z.string().min(1),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
