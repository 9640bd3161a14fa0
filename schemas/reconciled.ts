import { z } from 'zod';
import { IsoDateSchema, SpanSchema } from './common.js';
import { QuantitySchema, SpeakerSchema, StanceSchema } from './claim.js';

/** One source's statement of a clustered proposition. */
export const ProvenanceSchema = z.object({
  claim_id: z.string(),
  article_id: z.string(),
  quote: z.string(),
  span: SpanSchema,
  asserted_on: IsoDateSchema.nullable(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** The same proposition, by the same speaker, across sources. */
export const ClusterSchema = z.object({
  id: z.string(),
  statement: z.string(),
  speaker: SpeakerSchema,
  stance: StanceSchema,
  quantity: QuantitySchema.nullable(),
  asserted_on: IsoDateSchema.nullable(),
  members: z.array(ProvenanceSchema).min(1),
  /** Number of distinct articles among the members. */
  sources: z.number().int().positive(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

export const TrackStepLabelSchema = z.enum(['first', 'consistent', 'revised', 'conflicting']);
export type TrackStepLabel = z.infer<typeof TrackStepLabelSchema>;

export const TrackStepSchema = z.object({
  cluster_id: z.string(),
  speaker: SpeakerSchema,
  asserted_on: IsoDateSchema.nullable(),
  quantity: QuantitySchema,
  label: TrackStepLabelSchema,
  /** Why the label was given, in words an analyst can check. */
  note: z.string(),
});
export type TrackStep = z.infer<typeof TrackStepSchema>;

/** A timeline of estimates of one measured quantity (e.g. how many troops are in one place). */
export const TrackSchema = z.object({
  id: z.string(),
  /** The measured variable in words: unit plus the qualifiers that define it. */
  measure: z.string(),
  unit: z.string().nullable(),
  steps: z.array(TrackStepSchema).min(1),
});
export type Track = z.infer<typeof TrackSchema>;

export const ReconciledSchema = z.object({
  clusters: z.array(ClusterSchema),
  tracks: z.array(TrackSchema),
  stats: z.object({
    claims: z.number().int().nonnegative(),
    clusters: z.number().int().nonnegative(),
    multi_source_clusters: z.number().int().nonnegative(),
    tracks: z.number().int().nonnegative(),
    candidate_pairs: z.number().int().nonnegative(),
  }),
});
export type Reconciled = z.infer<typeof ReconciledSchema>;
