import { z } from 'zod';

/**
 * articles.jsonl: one line per finished article, written after its claims, errors and rejected
 * quotes. It is the commit marker that makes a killed run resumable: output lines of an article
 * without a ledger line are discarded on resume.
 */
export const LedgerEntrySchema = z.object({
  article_id: z.string(),
  sha256: z.string(),
  chunks: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** What a resumed run must match to reuse earlier output: config, extractor and prompt. */
export const RunStateSchema = z.object({
  fingerprint: z.string(),
});
export type RunState = z.infer<typeof RunStateSchema>;
