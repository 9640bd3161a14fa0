import { z } from 'zod';

/** A calendar date as YYYY-MM-DD (no time zone: news dates are calendar days). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Half-open character range [start, end) into Article.text. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' });
export type Span = z.infer<typeof SpanSchema>;
