/**
 * A token bucket for a per-minute budget (requests or tokens), refilled continuously.
 *
 * Callers reserve before they send: the cost is taken at once, even into debt, and the caller is
 * told how long to wait until the bucket would have held it. Reserving first makes waiters FIFO
 * without a queue (each one sees the debt of those before it) and lets one request larger than the
 * burst still pass, by waiting for a full bucket. Pure bookkeeping: no timers, the clock injected.
 */
export interface RateBucket {
  /** Take `cost` now; returns the ms to wait before sending. */
  reserve(cost: number): number;
  /** Give back what a cancelled or over-estimated request did not use (negative = take more). */
  refund(amount: number): void;
  /** Units available now (negative = debt). */
  level(): number;
}

export interface RateBucketOptions {
  perMinute: number;
  /**
   * Burst, in seconds of budget. Providers often enforce a minute's limit over shorter windows
   * (OpenAI: "60,000 RPM may be enforced as 1,000 requests per second"), so a full minute's burst
   * at start-up would trip them; one second's worth by default.
   */
  burstSeconds?: number;
  now?: () => number;
}

export function createRateBucket(options: RateBucketOptions): RateBucket {
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;
  const capacity = Math.max(1, options.perMinute * ((options.burstSeconds ?? 1) / 60));
  let level = capacity;
  let at = now();

  function refill(): void {
    const t = now();
    level = Math.min(capacity, level + (t - at) * perMs);
    at = t;
  }

  return {
    reserve(cost) {
      refill();
      const need = Math.min(cost, capacity);
      const waitMs = level >= need ? 0 : (need - level) / perMs;
      level -= cost;
      return waitMs;
    },
    refund(amount) {
      refill();
      level = Math.min(capacity, level + amount);
    },
    level() {
      refill();
      return level;
    },
  };
}
