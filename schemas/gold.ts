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
})
  // Annotation conventions the scorer relies on (evals/GUIDELINES.md), checked on load.
  .superRefine((claim, ctx) => {
    const q = claim.quantity;
    const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (q !== null) {
      if (q.qualifier === 'range' && !(q.value === null && q.low !== null && q.high !== null && q.low < q.high)) {
        issue(['quantity'], 'a range has value null and low < high');
      } else if (q.qualifier === 'small_number' && (q.value !== null || q.low !== null || q.high !== null)) {
        issue(['quantity'], 'a small number has value, low and high all null');
      } else if (q.qualifier !== 'range' && q.qualifier !== 'small_number' && (q.value === null || q.low !== null || q.high !== null)) {
        issue(['quantity'], `a ${q.qualifier} quantity has a value and null low/high`);
      }
      if (q.unit !== null && !/^[a-z][a-z ]*$/.test(q.unit)) issue(['quantity', 'unit'], 'a lower-case noun');
    }
    if ((claim.kind === 'denial') !== (claim.stance === 'denies')) issue(['kind'], 'kind denial goes with stance denies, and only with it');
    if ((claim.kind === 'cannot_confirm') !== (claim.stance === 'cannot_confirm')) {
      issue(['kind'], 'kind cannot_confirm goes with stance cannot_confirm, and only with it');
    }
  });
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

/** evals/gold/<article id>.yaml */
export const GoldFileSchema = z.strictObject({
  article_id: z.string().min(1),
  published_on: IsoDateSchema.nullable(),
  claims: z.array(GoldClaimSchema),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;
