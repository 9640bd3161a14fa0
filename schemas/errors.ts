import { z } from 'zod';

export const StageSchema = z.enum(['config', 'ingest', 'chunk', 'extract', 'ground', 'reconcile', 'write', 'eval']);
export type Stage = z.infer<typeof StageSchema>;

/** One line of errors.jsonl: names the item, the field and the reason. */
export const ErrorRecordSchema = z.object({
  stage: StageSchema,
  /** The item that failed: an article id, or a path (and line) when there is no id yet. */
  item: z.string(),
  chunk_index: z.number().int().nonnegative().nullable(),
  field: z.string().nullable(),
  reason: z.string(),
  /** Machine-readable kind, e.g. empty_file, binary_file, bad_json, quote_not_found, refusal, rate_limited. */
  code: z.string(),
  at: z.string(),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
