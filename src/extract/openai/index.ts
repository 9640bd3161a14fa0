export { createOpenAIExtractor, type OpenAIExtractor, type OpenAIExtractorOptions } from './extractor.js';
export { rejectsStructuredOutput } from './response-mode.js';
export { parseClaimOutput, reaskMessage, type OutputIssue, type ParsedOutput } from './validate.js';
