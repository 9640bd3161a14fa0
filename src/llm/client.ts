import OpenAI from 'openai';
import type { ModelClient, ModelRequest, ModelResponse, ModelStats } from './types.js';
import {
  ModelAuthError,
  ModelConnectionError,
  ModelError,
  ModelQuotaExhausted,
  ModelRateLimited,
  ModelRequestRejected,
  ModelServerError,
  ModelTimeout,
} from './errors.js';

export interface ModelClientOptions {
  apiKey: string;
  baseURL: string | null;
  model: string;
  temperature: number;
  maxOutputTokens: number;
  timeoutMs: number;
}

/** Map an SDK error onto our hierarchy; the SDK's messages carry no key, but we never echo headers. */
export function toModelError(error: unknown, label: string): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new ModelTimeout(`${label}: model call timed out`, 'timeout', null, { cause: error });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new ModelConnectionError(`${label}: connection failed: ${error.message}`, 'connection_error', null, { cause: error });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? null;
    const detail = `${label}: HTTP ${status ?? '?'}: ${error.message}`;
    if (status === 429 && error.code === 'insufficient_quota') {
      return new ModelQuotaExhausted(detail, 'insufficient_quota', status, { cause: error });
    }
    if (status === 429) return new ModelRateLimited(detail, 'rate_limited', status, { cause: error });
    if (status === 401 || status === 403) return new ModelAuthError(detail, 'auth_failed', status, { cause: error });
    if (status !== null && status >= 500) return new ModelServerError(detail, 'server_error', status, { cause: error });
    if (status === 408 || status === 409) return new ModelServerError(detail, 'transient_error', status, { cause: error });
    return new ModelRequestRejected(detail, 'request_rejected', status, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError(`${label}: ${message}`, 'unknown', null, { cause: error });
}

/** The bare client: one HTTP call per request. Retries, limits and cache wrap it. */
export function createModelClient(options: ModelClientOptions): ModelClient {
  const sdk = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? undefined,
    // One place decides retries (see retry policy); the SDK's own loop would hide them.
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  const stats: ModelStats = {
    calls: 0,
    retries: 0,
    reasks: 0,
    cache_hits: 0,
    cache_misses: 0,
    prompt_tokens: 0,
    cached_prompt_tokens: 0,
    completion_tokens: 0,
  };
  const baseUrlHost = options.baseURL ? new URL(options.baseURL).host : null;

  async function complete(request: ModelRequest): Promise<ModelResponse> {
    stats.calls += 1;
    try {
      const completion = await sdk.chat.completions.create(
        {
          model: options.model,
          messages: request.messages,
          response_format: request.responseFormat,
          temperature: options.temperature,
          max_tokens: options.maxOutputTokens,
        },
        { signal: request.signal },
      );
      const choice = completion.choices[0];
      const usage = {
        prompt_tokens: completion.usage?.prompt_tokens ?? 0,
        cached_prompt_tokens: completion.usage?.prompt_tokens_details?.cached_tokens ?? 0,
        completion_tokens: completion.usage?.completion_tokens ?? 0,
      };
      stats.prompt_tokens += usage.prompt_tokens;
      stats.cached_prompt_tokens += usage.cached_prompt_tokens;
      stats.completion_tokens += usage.completion_tokens;
      return {
        content: choice?.message.content ?? null,
        refusal: choice?.message.refusal ?? null,
        finishReason: choice?.finish_reason ?? 'unknown',
        usage,
        fromCache: false,
      };
    } catch (error) {
      throw toModelError(error, request.label);
    }
  }

  return {
    model: options.model,
    baseUrlHost,
    complete,
    countReask: () => {
      stats.reasks += 1;
    },
    stats: () => ({ ...stats }),
  };
}
