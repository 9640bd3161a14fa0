import pLimit, { type LimitFunction } from 'p-limit';
import { abortReason, raceAbort, sleep } from './abort.js';
import { createRateBucket, type RateBucket } from './rate.js';
import type { ChatMessage } from './types.js';

/**
 * What the provider will count against tokens-per-minute before it has read the request: the
 * prompt (≈ 4 characters per token for English) plus the whole output allowance, since the server
 * reserves max_tokens up front. Reconciled with the real usage once the answer is in.
 */
export function estimateRequestTokens(messages: readonly ChatMessage[], maxOutputTokens: number): number {
  let chars = 0;
  for (const message of messages) chars += message.content.length;
  return Math.ceil(chars / 4) + maxOutputTokens;
}

export interface ConcurrencyChange {
  from: number;
  to: number;
  reason: 'rate_limited' | 'recovered';
}

export interface LimitsOptions {
  /** The most calls in flight; also the ceiling adaptive concurrency recovers to. */
  concurrency: number;
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
  /** Successes in a row (no 429) before concurrency grows by one again. */
  recoverAfterSuccesses: number;
  /** Cap on the global pause a server's Retry-After can impose. */
  maxPauseMs: number;
  now?: () => number;
  onConcurrencyChange?: (change: ConcurrencyChange) => void;
}

/** A permit to send one HTTP request; hand it back to `succeeded` or `rateLimited`. */
export interface Admission {
  /** Which concurrency generation the request was sent in (see `rateLimited`). */
  readonly epoch: number;
  readonly estimatedTokens: number;
}

export interface LimitsState {
  concurrency: number;
  maxConcurrency: number;
  /** Lowest concurrency reached so far (how hard the server pushed back). */
  minConcurrency: number;
  active: number;
  pending: number;
  /** 429 answers seen (quota exhaustion excluded). */
  rateLimited: number;
  /** Epoch ms until which nothing is sent because a server said Retry-After; null when not paused. */
  pausedUntil: number | null;
}

export interface Limits {
  /** Run `task` in a concurrency slot; a queued task is dropped promptly when `signal` aborts. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Wait until the request may be sent under RPM/TPM and any Retry-After pause. */
  admit(estimatedTokens: number, signal?: AbortSignal): Promise<Admission>;
  succeeded(admission: Admission, actualTokens: number | null): void;
  rateLimited(admission: Admission, retryAfterMs: number | null): void;
  state(): LimitsState;
}

/**
 * Bounded in-flight calls (p-limit) plus per-minute budgets checked BEFORE sending, with AIMD
 * concurrency: a 429 halves it (min 1), every `recoverAfterSuccesses` successes add one back.
 * Only the first 429 of a generation halves: the other requests already in flight were sent under
 * the old limit, and counting each of them would collapse 64 → 1 on a single burst.
 */
export function createLimits(options: LimitsOptions): Limits {
  const now = options.now ?? Date.now;
  const maxConcurrency = Math.max(1, Math.floor(options.concurrency));
  const limit: LimitFunction = pLimit(maxConcurrency);
  const requests: RateBucket | null = options.requestsPerMinute ? createRateBucket({ perMinute: options.requestsPerMinute, now }) : null;
  const tokens: RateBucket | null = options.tokensPerMinute ? createRateBucket({ perMinute: options.tokensPerMinute, now }) : null;
  let epoch = 0;
  let successes = 0;
  let rateLimitedCount = 0;
  let minConcurrency = maxConcurrency;
  let pausedUntil = 0;

  function setConcurrency(to: number, reason: ConcurrencyChange['reason']): void {
    const from = limit.concurrency;
    if (to === from) return;
    limit.concurrency = to;
    minConcurrency = Math.min(minConcurrency, to);
    options.onConcurrencyChange?.({ from, to, reason });
  }

  return {
    run(task, signal) {
      const queued = limit(() => (signal?.aborted ? Promise.reject(abortReason(signal)) : task()));
      return raceAbort(queued, signal);
    },

    async admit(estimatedTokens, signal) {
      // A pause can be extended by another 429 while we sleep: look again after each wait.
      for (let pause = pausedUntil - now(); pause > 0; pause = pausedUntil - now()) await sleep(pause, signal);
      const wait = Math.max(requests?.reserve(1) ?? 0, tokens?.reserve(estimatedTokens) ?? 0);
      if (wait > 0) {
        try {
          await sleep(wait, signal);
        } catch (error) {
          requests?.refund(1);
          tokens?.refund(estimatedTokens);
          throw error;
        }
      }
      return { epoch, estimatedTokens };
    },

    succeeded(admission, actualTokens) {
      if (tokens && actualTokens !== null && actualTokens > 0) tokens.refund(admission.estimatedTokens - actualTokens);
      successes += 1;
      if (successes >= options.recoverAfterSuccesses && limit.concurrency < maxConcurrency) {
        successes = 0;
        setConcurrency(limit.concurrency + 1, 'recovered');
      }
    },

    rateLimited(admission, retryAfterMs) {
      rateLimitedCount += 1;
      successes = 0;
      if (admission.epoch === epoch) {
        epoch += 1;
        setConcurrency(Math.max(1, Math.floor(limit.concurrency / 2)), 'rate_limited');
      }
      if (retryAfterMs !== null && retryAfterMs > 0) {
        pausedUntil = Math.max(pausedUntil, now() + Math.min(retryAfterMs, options.maxPauseMs));
      }
    },

    state() {
      const t = now();
      return {
        concurrency: limit.concurrency,
        maxConcurrency,
        minConcurrency,
        active: limit.activeCount,
        pending: limit.pendingCount,
        rateLimited: rateLimitedCount,
        pausedUntil: pausedUntil > t ? pausedUntil : null,
      };
    },
  };
}
