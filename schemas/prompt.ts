import { z } from 'zod';
import { RawClaimSchema } from './claim.js';

export const PromptExampleSchema = z.strictObject({
  /** Article date given with the example, as with real chunks. */
  published_on: z.string().nullable().default(null),
  text: z.string().min(1),
  claims: z.array(RawClaimSchema),
});
export type PromptExample = z.infer<typeof PromptExampleSchema>;

/** prompts/*.yaml */
export const PromptFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  version: z.string().min(1),
  system: z.string().min(1),
  guidelines: z.string().min(1),
  examples: z.array(PromptExampleSchema).default([]),
});
export type PromptFile = z.infer<typeof PromptFileSchema>;

/** How a prompt is named in claims and run.json. */
export const PromptRefSchema = z.object({
  id: z.string(),
  version: z.string(),
  sha256: z.string(),
});
export type PromptRef = z.infer<typeof PromptRefSchema>;
