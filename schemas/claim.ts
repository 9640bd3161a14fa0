import { z } from 'zod';
import { IsoDateSchema, SpanSchema } from './common.js';

export const StanceSchema = z.enum(['asserts', 'denies', 'cannot_confirm']);
export type Stance = z.infer<typeof StanceSchema>;

export const QualifierSchema = z.enum([
  'exact',
  'about',
  'at_least',
  'at_most',
  'up_to',
  'more_than',
  'range',
  'small_number',
]);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const QuantitySchema = z.object({
  /** The point value when there is one (for a range: null, see low/high). */
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: QualifierSchema,
  /** What is counted, as a plain noun: "troops", "casualties", "people". */
  unit: z.string().nullable(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const SpeakerSchema = z.object({
  name: z.string().nullable(),
  org: z.string().nullable(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * What an extractor returns for one claim, before grounding. This is the model's output
 * contract: every field is required (null when unknown) so it maps onto strict Structured Outputs.
 */
export const RawClaimSchema = z.object({
  statement: z.string().min(1).describe('The claim as one self-contained sentence.'),
  quote: z
    .string()
    .min(1)
    .describe('A verbatim, contiguous excerpt of the article text that supports the claim.'),
  speaker: SpeakerSchema.describe('Who makes the claim; the outlet itself when the article asserts it.'),
  stance: StanceSchema,
  quantity: QuantitySchema.nullable(),
  asserted_on: IsoDateSchema.nullable().describe('When the speaker made the statement, YYYY-MM-DD.'),
});
export type RawClaim = z.infer<typeof RawClaimSchema>;

export const RawClaimListSchema = z.object({ claims: z.array(RawClaimSchema) });
export type RawClaimList = z.infer<typeof RawClaimListSchema>;

export const AlignmentSchema = z.enum(['exact', 'normalized', 'fuzzy']);
export type Alignment = z.infer<typeof AlignmentSchema>;

export const ExtractorRefSchema = z.object({
  kind: z.enum(['rules', 'openai']),
  model: z.string().nullable(),
  /** id@version#hash8 of the prompt file, null for the rules extractor. */
  prompt: z.string().nullable(),
});
export type ExtractorRef = z.infer<typeof ExtractorRefSchema>;

/** A grounded claim: its quote was found in the article at `span`. One line of claims.jsonl. */
export const ClaimSchema = RawClaimSchema.extend({
  id: z.string().min(1),
  article_id: z.string().min(1),
  chunk_index: z.number().int().nonnegative(),
  span: SpanSchema,
  alignment: AlignmentSchema,
  extractor: ExtractorRefSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
