import { z } from 'zod';
import { ArticleRecordSchema, ArticleSchema } from './article.js';
import { ChunkSchema } from './chunk.js';
import { ClaimSchema, RawClaimListSchema } from './claim.js';
import { PipelineConfigSchema } from './config.js';
import { ErrorRecordSchema } from './errors.js';
import { GoldFileSchema } from './gold.js';
import { PromptFileSchema } from './prompt.js';
import { ReconciledSchema } from './reconciled.js';
import { RunManifestSchema } from './run.js';

/** The contracts published as JSON Schema (schemas/json/) for users of other languages. */
export const PUBLISHED_SCHEMAS: Record<string, z.ZodType> = {
  'article-record': ArticleRecordSchema,
  article: ArticleSchema,
  chunk: ChunkSchema,
  'raw-claims': RawClaimListSchema,
  claim: ClaimSchema,
  reconciled: ReconciledSchema,
  'error-record': ErrorRecordSchema,
  'run-manifest': RunManifestSchema,
  'pipeline-config': PipelineConfigSchema,
  'prompt-file': PromptFileSchema,
  'gold-file': GoldFileSchema,
};

/** JSON text of one schema; inputs are described as a user writes them (defaults optional). */
export function jsonSchemaText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}
