export { canonicalJson, loadPrompt, parsePrompt, promptLabel, PromptError, type LoadedPrompt } from './load.js';
export {
  buildMessages,
  passageFor,
  responseFormatFor,
  staticPrefix,
  structuredResponseFormat,
  type OutputMode,
} from './messages.js';
