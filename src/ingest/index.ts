// Ingest: paths → articles (or error records). Pure helpers are exported for reuse and tests.
export { countItems, readArticles } from './read.js';
export type { IngestItem, ReadArticlesOptions } from './types.js';
export { cleanText, guessTitle } from './clean.js';
export { findDateline, isoDate } from './dateline.js';
export { htmlToText, decodeEntities } from './html.js';
export { decodeText } from './decode.js';
export { parseRecordLine, buildArticle } from './record.js';
