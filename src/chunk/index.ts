// Chunk: sentence spans and sentence-aligned chunks with exact article offsets.
export { splitSentences } from './sentences.js';
export { chunkArticle, splitChunk, tailContext, type ChunkOptions } from './chunk.js';
