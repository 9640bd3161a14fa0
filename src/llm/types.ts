import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/** `json_schema` (Structured Outputs) or `json_object` (JSON mode). */
export type ResponseFormat = NonNullable<ChatCompletionCreateParams['response_format']>;

export interface ModelRequest {
  messages: ChatMessage[];
  responseFormat: ResponseFormat;
  /** Names the work item in errors and logs, e.g. "article-id#2". */
  label: string;
  signal?: AbortSignal;
}

export interface TokenUsage {
  prompt_tokens: number;
  cached_prompt_tokens: number;
  completion_tokens: number;
}

export interface ModelResponse {
  content: string | null;
  refusal: string | null;
  /** stop | length | content_filter | tool_calls | … as the server said. */
  finishReason: string;
  usage: TokenUsage;
  fromCache: boolean;
}

export interface ModelStats extends TokenUsage {
  calls: number;
  retries: number;
  reasks: number;
  cache_hits: number;
  cache_misses: number;
}

/** One model endpoint, with every transport concern (retries, limits, cache, usage) behind it. */
export interface ModelClient {
  readonly model: string;
  readonly baseUrlHost: string | null;
  complete(request: ModelRequest): Promise<ModelResponse>;
  /** Validation re-asks are decided by the extractor but counted here with the rest. */
  countReask(): void;
  stats(): ModelStats;
}
