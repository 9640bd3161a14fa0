/** One builder for hand-made claims in tests: the fields a test cares about, sane defaults for the rest. */
import type { Claim } from '../../schemas/index.js';

export type ClaimFields = Partial<Claim> & { id: string; statement: string };

/** Defaults: quote = statement at offset 0, exact alignment, rules extractor, no speaker, no quantity or date. */
export function makeClaim(fields: ClaimFields): Claim {
  const quote = fields.quote ?? fields.statement;
  return {
    article_id: 'art-1',
    chunk_index: 0,
    quote,
    span: { start: 0, end: quote.length },
    alignment: 'exact',
    speaker: { name: null, org: null },
    stance: 'asserts',
    quantity: null,
    asserted_on: null,
    extractor: { kind: 'rules', model: null, prompt: null },
    ...fields,
  };
}
