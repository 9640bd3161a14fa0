import { describe, expect, it } from 'vitest';
import {
  ModelAborted,
  ModelAuthError,
  ModelConnectionError,
  ModelError,
  ModelQuotaExhausted,
  ModelRateLimited,
  ModelRequestRejected,
  ModelServerError,
  ModelTimeout,
} from '../src/llm/errors.js';
import { isRetryable, retryDelayMs, withRetries, type RetryPolicy } from '../src/llm/retry.js';

const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 };

describe('isRetryable', () => {
  it('retries transport failures, 408/409, 429 and 5xx; nothing else', () => {
    expect(isRetryable(new ModelConnectionError('x', 'connection_error'))).toBe(true);
    expect(isRetryable(new ModelTimeout('x', 'timeout'))).toBe(true);
    expect(isRetryable(new ModelRateLimited('x', 'rate_limited', 429))).toBe(true);
    expect(isRetryable(new ModelServerError('x', 'server_error', 503))).toBe(true);
    expect(isRetryable(new ModelServerError('x', 'transient_error', 409))).toBe(true);
    expect(isRetryable(new ModelQuotaExhausted('x', 'insufficient_quota', 429))).toBe(false);
    expect(isRetryable(new ModelRequestRejected('x', 'request_rejected', 400))).toBe(false);
    expect(isRetryable(new ModelAuthError('x', 'auth_failed', 401))).toBe(false);
    expect(isRetryable(new ModelAborted('x', 'aborted'))).toBe(false);
    expect(isRetryable(new Error('plain'))).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('uses full jitter under an exponential ceiling capped at maxDelayMs', () => {
    const error = new ModelServerError('x', 'server_error', 500);
    expect(retryDelayMs(error, 0, policy)).toBe(100);
    expect(retryDelayMs(error, 2, policy)).toBe(400);
    expect(retryDelayMs(error, 10, policy)).toBe(1000);
    expect(retryDelayMs(error, 2, { ...policy, random: () => 0 })).toBe(0);
    expect(retryDelayMs(error, 2, { ...policy, random: () => 0.5 })).toBe(200);
  });

  it("takes the server's Retry-After over backoff, capped", () => {
    expect(retryDelayMs(new ModelRateLimited('x', 'rate_limited', 429, { retryAfterMs: 700 }), 0, policy)).toBe(700);
    expect(retryDelayMs(new ModelServerError('x', 'server_error', 503, { retryAfterMs: 9e12 }), 0, policy)).toBe(1000);
  });
});

describe('withRetries', () => {
  const fast: RetryPolicy = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 };

  it('retries retryable failures and reports each retry', async () => {
    const seen: number[] = [];
    let attempts = 0;
    const result = await withRetries(
      async () => {
        attempts += 1;
        if (attempts < 3) throw new ModelServerError('x', 'server_error', 502);
        return 'ok';
      },
      fast,
      { onRetry: (info) => seen.push(info.retry) },
    );
    expect(result).toBe('ok');
    expect(seen).toEqual([1, 2]);
  });

  it('throws a non-retryable error after one attempt', async () => {
    let attempts = 0;
    const run = withRetries(async () => {
      attempts += 1;
      throw new ModelRequestRejected('bad', 'request_rejected', 400);
    }, fast);
    await expect(run).rejects.toBeInstanceOf(ModelRequestRejected);
    expect(attempts).toBe(1);
  });

  it('stops after maxRetries and says how many attempts it made', async () => {
    let attempts = 0;
    const run = withRetries(async () => {
      attempts += 1;
      throw new ModelTimeout('a#1: model call timed out', 'timeout');
    }, fast);
    await expect(run).rejects.toThrow('a#1: model call timed out (gave up after 4 attempts)');
    expect(attempts).toBe(4);
  });

  it('ends a backoff wait when the signal aborts', async () => {
    const controller = new AbortController();
    const run = withRetries(
      async () => {
        throw new ModelServerError('x', 'server_error', 500);
      },
      { maxRetries: 5, baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 1 },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    await expect(run).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not retry plain errors (programming errors are not transport faults)', async () => {
    let attempts = 0;
    await expect(
      withRetries(async () => {
        attempts += 1;
        throw new TypeError('boom');
      }, fast),
    ).rejects.toBeInstanceOf(TypeError);
    expect(attempts).toBe(1);
    expect(new ModelError('m', 'c')).toMatchObject({ retryAfterMs: null, requestId: null, status: null });
  });
});
