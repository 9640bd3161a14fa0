// Ground: find each claim's quote in the article and report it at its span.
export { alignQuote, type AlignOptions, type QuoteAlignment } from './align.js';
export { groundClaims, type GroundContext, type RejectedQuote } from './ground.js';
export { normalizeForMatch, normalizeWithOffsets, type NormalizedText } from './normalize.js';
export { tokenize, tokenSimilarity, type Token } from './tokens.js';
