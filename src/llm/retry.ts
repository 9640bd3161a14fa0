import { ModelError } from './errors.js';
import { sleep } from './abort.js';

/**
 * THE place that decides what is retried: transient transport failures (connection errors,
 * timeouts) and the statuses that mean "try again" (408, 409, 429, 5xx). Everything else — 400,
 * 401, 403, 404, 422, insufficient_quota, an abort — fails at once: repeating it cannot succeed
 * and would only cost money or time.
 */
const RETRYABLE_CODES: ReadonlySet<string> = new Set(['connection_error', 'timeout', 'transient_error', 'rate_limited', 'server_error']);

export function isRetryable(error: unknown): boolean {
  return error instanceof ModelError && RETRYABLE_CODES.has(error.code);
}

export interface RetryPolicy {
  /** Retries after the first attempt; 0 = one attempt only. */
  maxRetries: number;
  /** First backoff ceiling; doubles per retry. */
  baseDelayMs: number;
  /** Upper bound on any single wait, including a server's Retry-After. */
  maxDelayMs: number;
  /** [0, 1) source for jitter; injectable for tests. */
  random?: () => number;
}

/**
 * Wait before retry number `retry` (0-based): the server's Retry-After when it gave one (whatever
 * its size, capped), else exponential backoff with full jitter — uniform in [0, base·2^retry] — so
 * a crowd of clients that failed together does not come back together.
 */
export function retryDelayMs(error: unknown, retry: number, policy: RetryPolicy): number {
  const serverWait = error instanceof ModelError ? error.retryAfterMs : null;
  if (serverWait !== null) return Math.min(serverWait, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return (policy.random ?? Math.random)() * ceiling;
}

export interface RetryInfo {
  /** 1-based number of the retry about to happen. */
  retry: number;
  delayMs: number;
  error: ModelError;
}

/**
 * Run `attempt` until it succeeds, fails with a non-retryable error, or `maxRetries` retries are
 * spent; the last error is thrown with the attempt count appended to its message. Backoff waits end
 * early (rejecting) when `signal` aborts.
 */
export async function withRetries<T>(
  attempt: (retry: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: { signal?: AbortSignal; onRetry?: (info: RetryInfo) => void } = {},
): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt(retry);
    } catch (error) {
      if (!isRetryable(error) || hooks.signal?.aborted) throw error;
      const modelError = error as ModelError;
      if (retry >= policy.maxRetries) {
        if (retry > 0) modelError.message += ` (gave up after ${retry + 1} attempts)`;
        throw modelError;
      }
      const delayMs = retryDelayMs(modelError, retry, policy);
      hooks.onRetry?.({ retry: retry + 1, delayMs, error: modelError });
      await sleep(delayMs, hooks.signal);
    }
  }
}
