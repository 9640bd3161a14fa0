import { z } from 'zod';
import { RawClaimSchema } from '../../schemas/index.js';

/** One line of rejected.jsonl: a proposed claim whose quote is not in the article. */
export const RejectedRecordSchema = z.object({
  article_id: z.string(),
  chunk_index: z.number().int().nonnegative(),
  coverage: z.number().min(0).max(1),
  reason: z.string(),
  claim: RawClaimSchema,
});
export type RejectedRecord = z.infer<typeof RejectedRecordSchema>;
