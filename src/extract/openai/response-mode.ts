import { ModelRequestRejected } from '../../llm/errors.js';
import type { OutputMode } from '../../prompt/messages.js';

/** What the server said when it cannot do Structured Outputs (vLLM, llama.cpp, older gateways…). */
const STRUCTURED_OUTPUT_REJECTION = /response[_ ]format|json[_ ]schema|structured[_ ]output|schema|strict|guided/i;

/**
 * True when a call failed because the server does not accept `response_format: json_schema`:
 * a 400/422 rejection that talks about the response format. Other 400s (context too long, bad model
 * name) must not flip the run into JSON mode.
 */
export function rejectsStructuredOutput(error: unknown): boolean {
  return (
    error instanceof ModelRequestRejected &&
    (error.status === 400 || error.status === 422) &&
    STRUCTURED_OUTPUT_REJECTION.test(error.message)
  );
}

/**
 * The output mode shared by every call of one extractor: `auto` starts with Structured Outputs and
 * moves to JSON mode for good the first time the server rejects them.
 */
export interface ResponseModeState {
  current(): OutputMode;
  /** May this failure be answered by falling back to JSON mode? */
  canFallBack(triedMode: OutputMode, error: unknown): boolean;
  /** Switch to JSON mode; returns true the first time only (so the notice is given once). */
  fallBack(): boolean;
}

export function createResponseModeState(requested: 'auto' | OutputMode): ResponseModeState {
  let mode: OutputMode = requested === 'json_object' ? 'json_object' : 'json_schema';
  return {
    current: () => mode,
    canFallBack: (triedMode, error) => requested === 'auto' && triedMode === 'json_schema' && rejectsStructuredOutput(error),
    fallBack() {
      if (mode === 'json_object') return false;
      mode = 'json_object';
      return true;
    },
  };
}
