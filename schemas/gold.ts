import { z } from 'zod';
import { IsoDateSchema } from './common.js';
import { QuantitySchema, SpeakerSchema, StanceSchema } from './claim.js';

export const GoldClaimKindSchema = z.enum([
  'quantity',
  'event',
  'confirmation',
  'denial',
  'cannot_confirm',
  'assessment',
]);

/** One hand-annotated claim. See evals/GUIDELINES.md for what counts. */
export const GoldClaimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** Optional claims are acceptable if extracted: never a false positive, never a miss. */
  required: z.boolean(),
  kind: GoldClaimKindSchema,
  quote: z.string().min(1),
  statement: z.string().min(1),
  speaker: SpeakerSchema,
  stance: StanceSchema,
  quantity: QuantitySchema.nullable(),
  asserted_on: IsoDateSchema.nullable(),
  /** Shared by claims in different articles stating the same proposition from the same speaker and occasion. */
  cluster: z.string().nullable(),
  /** The measured variable, shared by every estimate of it. */
  track: z.string().nullable(),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

/** evals/gold/<article id>.yaml */
export const GoldFileSchema = z.strictObject({
  article_id: z.string().min(1),
  published_on: IsoDateSchema.nullable(),
  claims: z.array(GoldClaimSchema),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;
