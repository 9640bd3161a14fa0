import { z } from 'zod';

/** A sentence-aligned slice of an article: `text === article.text.slice(start, end)`. */
export const ChunkSchema = z.object({
  article_id: z.string().min(1),
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Tail of the previous chunk, offered to the extractor only to resolve "he said" and the like. */
  context: z.string(),
});
export type Chunk = z.infer<typeof ChunkSchema>;
