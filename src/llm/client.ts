import OpenAI from 'openai';
import type { ModelClient, ModelRequest, ModelResponse, ModelStats, TokenUsage } from './types.js';
import { ModelAborted, ModelError, ModelRateLimited, toModelError } from './errors.js';
import { linkSignals, raceAbort } from './abort.js';
import { cacheKey, createResponseCache, isCacheable, type StoredResponse } from './cache.js';
import { createLimits, estimateRequestTokens, type ConcurrencyChange, type LimitsState } from './limits.js';
import { withRetries, type RetryInfo } from './retry.js';

export { toModelError } from './errors.js';

export interface ModelClientOptions {
  apiKey: string;
  baseURL: string | null;
  model: string;
  temperature: number;
  maxOutputTokens: number;
  /** Per HTTP attempt. */
  timeoutMs: number;
  /** Calls in flight at most (default 8); adaptive concurrency never goes above it. */
  concurrency?: number;
  requestsPerMinute?: number | null;
  tokensPerMinute?: number | null;
  /** Transport retries after the first attempt (default 5). */
  maxRetries?: number;
  /** Upper bound on any single wait, a server's Retry-After included (default 120 s). */
  maxRetryWaitMs?: number;
  /** Backoff ceiling of the first retry, doubling after (default 500 ms); tests make it tiny. */
  backoffBaseMs?: number;
  /** Successes in a row before a 429-halved concurrency grows by one (default 10). */
  recoverAfterSuccesses?: number;
  /** On-disk response cache (default off). */
  cache?: { enabled: boolean; dir: string };
  /** Run-wide abort (SIGINT): every queued, waiting and in-flight call rejects with ModelAborted. */
  signal?: AbortSignal;
  /** Retries, concurrency changes, cache write failures — for logs and progress. */
  onEvent?: (event: ModelClientEvent) => void;
  /** [0, 1) jitter source; injectable for tests. */
  random?: () => number;
}

export type ModelClientEvent =
  | { type: 'retry'; label: string; retry: number; delayMs: number; code: string; status: number | null }
  | ({ type: 'concurrency' } & ConcurrencyChange)
  | { type: 'cache_write_failed'; label: string; message: string };

export interface TransportState extends LimitsState {
  /** Answers that could not be written to the cache (the call itself still succeeded). */
  cacheWriteErrors: number;
}

/** The ModelClient plus a view of its transport state (concurrency, pauses) for progress and tests. */
export interface TransportModelClient extends ModelClient {
  transport(): TransportState;
}

const ZERO_USAGE: TokenUsage = { prompt_tokens: 0, cached_prompt_tokens: 0, completion_tokens: 0 };

/**
 * The model endpoint for real workloads, composed outside-in:
 *   cache (a hit makes no HTTP call and costs nothing; identical calls in flight share one answer)
 *   → limits (concurrency slot held for the whole call; RPM/TPM and Retry-After pauses per attempt)
 *   → retries (retry.ts decides what is retried)
 *   → one HTTP request through the SDK, whose own retries are off.
 *
 * Stats: `calls` counts calls that reached the server (not cache hits), once however many attempts
 * they took; `retries` counts the extra attempts, so HTTP requests = calls + retries. Token usage
 * and cost come from server answers only. A cached answer comes back with `fromCache: true` and
 * zero usage: it cost nothing this time.
 */
export function createModelClient(options: ModelClientOptions): TransportModelClient {
  const sdk = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? undefined,
    // One place decides retries (retry.ts); the SDK's own loop would hide them and ignore our limits.
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  const secrets = [options.apiKey];
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 120_000;
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
  let cacheWriteErrors = 0;
  const baseUrlHost = options.baseURL ? new URL(options.baseURL).host : null;
  const cache = options.cache?.enabled ? createResponseCache(options.cache.dir) : null;
  const inFlight = new Map<string, Promise<ModelResponse>>();
  const limits = createLimits({
    concurrency: options.concurrency ?? 8,
    requestsPerMinute: options.requestsPerMinute ?? null,
    tokensPerMinute: options.tokensPerMinute ?? null,
    recoverAfterSuccesses: options.recoverAfterSuccesses ?? 10,
    maxPauseMs: maxRetryWaitMs,
    onConcurrencyChange: (change) => options.onEvent?.({ type: 'concurrency', ...change }),
  });
  const retryPolicy = {
    maxRetries: options.maxRetries ?? 5,
    baseDelayMs: options.backoffBaseMs ?? 500,
    maxDelayMs: maxRetryWaitMs,
    random: options.random,
  };

  /** One HTTP request, admitted by the limits and reported back to them. */
  async function attempt(request: ModelRequest, signal: AbortSignal | undefined): Promise<StoredResponse> {
    const admission = await limits.admit(estimateRequestTokens(request.messages, options.maxOutputTokens), signal);
    try {
      const completion = await sdk.chat.completions.create(
        {
          model: options.model,
          messages: request.messages,
          response_format: request.responseFormat,
          temperature: options.temperature,
          max_tokens: options.maxOutputTokens,
        },
        { signal },
      );
      const choice = completion.choices[0];
      const usage: TokenUsage = {
        prompt_tokens: completion.usage?.prompt_tokens ?? 0,
        cached_prompt_tokens: completion.usage?.prompt_tokens_details?.cached_tokens ?? 0,
        completion_tokens: completion.usage?.completion_tokens ?? 0,
      };
      stats.prompt_tokens += usage.prompt_tokens;
      stats.cached_prompt_tokens += usage.cached_prompt_tokens;
      stats.completion_tokens += usage.completion_tokens;
      limits.succeeded(admission, completion.usage ? usage.prompt_tokens + usage.completion_tokens : null);
      return {
        content: choice?.message.content ?? null,
        refusal: choice?.message.refusal ?? null,
        finishReason: choice?.finish_reason ?? 'unknown',
        usage,
      };
    } catch (error) {
      const modelError = toModelError(error, request.label, secrets);
      if (modelError instanceof ModelRateLimited) limits.rateLimited(admission, modelError.retryAfterMs);
      throw modelError;
    }
  }

  /** Through the limits and the retries to the server. */
  function callServer(request: ModelRequest, signal: AbortSignal | undefined): Promise<StoredResponse> {
    stats.calls += 1;
    const onRetry = (info: RetryInfo) => {
      stats.retries += 1;
      options.onEvent?.({
        type: 'retry',
        label: request.label,
        retry: info.retry,
        delayMs: Math.round(info.delayMs),
        code: info.error.code,
        status: info.error.status,
      });
    };
    return limits.run(() => withRetries(() => attempt(request, signal), retryPolicy, { signal, onRetry }), signal);
  }

  async function storeAnswer(key: string, request: ModelRequest, answer: StoredResponse): Promise<void> {
    if (!cache || !isCacheable(answer)) return;
    try {
      await cache.put(key, options.model, answer);
    } catch (error) {
      // The answer is paid for and returned; a full disk costs a re-call later, not this call.
      cacheWriteErrors += 1;
      options.onEvent?.({ type: 'cache_write_failed', label: request.label, message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The disk first, then the server; the answer is stored for next time. */
  async function lookupOrCall(key: string, request: ModelRequest, signal: AbortSignal | undefined): Promise<ModelResponse> {
    const stored = cache ? await cache.get(key) : null;
    if (stored) {
      stats.cache_hits += 1;
      return { ...stored, usage: { ...ZERO_USAGE }, fromCache: true };
    }
    stats.cache_misses += 1;
    const answer = await callServer(request, signal);
    await storeAnswer(key, request, answer);
    return { ...answer, fromCache: false };
  }

  async function viaCache(request: ModelRequest, signal: AbortSignal | undefined): Promise<ModelResponse> {
    if (!cache) return { ...(await callServer(request, signal)), fromCache: false };
    const key = cacheKey({
      baseUrlHost,
      model: options.model,
      messages: request.messages,
      responseFormat: request.responseFormat,
      temperature: options.temperature,
      maxOutputTokens: options.maxOutputTokens,
    });
    // The same request already under way (a duplicate chunk, a re-ask twin): share its answer
    // rather than pay twice. If that call fails or its caller aborts, this one asks for itself.
    const shared = inFlight.get(key);
    if (shared) {
      try {
        const answer = await raceAbort(shared, signal);
        stats.cache_hits += 1;
        return { ...answer, usage: { ...ZERO_USAGE }, fromCache: true };
      } catch (error) {
        if (signal?.aborted) throw error;
      }
    }
    // Registered before the disk lookup, so two identical calls never both miss.
    const own = lookupOrCall(key, request, signal);
    inFlight.set(key, own);
    try {
      return await own;
    } finally {
      if (inFlight.get(key) === own) inFlight.delete(key);
    }
  }

  async function complete(request: ModelRequest): Promise<ModelResponse> {
    const { signal, dispose } = linkSignals(options.signal, request.signal);
    try {
      return await viaCache(request, signal);
    } catch (error) {
      // Whatever layer noticed first (queue, pause, backoff, socket), an aborted call is one error.
      if (signal?.aborted) throw new ModelAborted(`${request.label}: model call aborted`, 'aborted');
      throw error instanceof ModelError ? error : toModelError(error, request.label, secrets);
    } finally {
      dispose();
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
    transport: () => ({ ...limits.state(), cacheWriteErrors }),
  };
}
