import { describe, expect, it } from 'vitest';
import { createLimits, estimateRequestTokens, type ConcurrencyChange, type LimitsOptions } from '../src/llm/limits.js';

const base: LimitsOptions = { concurrency: 8, requestsPerMinute: null, tokensPerMinute: null, recoverAfterSuccesses: 3, maxPauseMs: 10_000 };

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('estimateRequestTokens', () => {
  it('counts a quarter token per message character plus the whole output allowance', () => {
    expect(estimateRequestTokens([{ role: 'system', content: 'x'.repeat(400) }, { role: 'user', content: 'y'.repeat(401) }], 1000)).toBe(1201);
  });
});

describe('createLimits', () => {
  it('halves concurrency once per generation of requests, then recovers one step per N successes', async () => {
    const changes: ConcurrencyChange[] = [];
    const limits = createLimits({ ...base, onConcurrencyChange: (c) => changes.push(c) });
    // Three requests sent together all come back 429: one halving, not three.
    const burst = await Promise.all([limits.admit(10), limits.admit(10), limits.admit(10)]);
    for (const admission of burst) limits.rateLimited(admission, null);
    expect(limits.state().concurrency).toBe(4);
    // A request sent after the halving that is also refused halves again.
    limits.rateLimited(await limits.admit(10), null);
    expect(limits.state().concurrency).toBe(2);
    for (let i = 0; i < 6; i += 1) limits.succeeded(await limits.admit(10), null);
    expect(limits.state().concurrency).toBe(4);
    expect(changes.map((c) => `${c.from}->${c.to} ${c.reason}`)).toEqual([
      '8->4 rate_limited',
      '4->2 rate_limited',
      '2->3 recovered',
      '3->4 recovered',
    ]);
    expect(limits.state()).toMatchObject({ minConcurrency: 2, maxConcurrency: 8, rateLimited: 4 });
  });

  it('never goes below 1 or above the configured concurrency', async () => {
    const limits = createLimits({ ...base, concurrency: 2, recoverAfterSuccesses: 1 });
    for (let i = 0; i < 4; i += 1) limits.rateLimited(await limits.admit(1), null);
    expect(limits.state().concurrency).toBe(1);
    for (let i = 0; i < 10; i += 1) limits.succeeded(await limits.admit(1), null);
    expect(limits.state().concurrency).toBe(2);
  });

  it('runs no more tasks at once than the current concurrency, including after a halving', async () => {
    const limits = createLimits({ ...base, concurrency: 4 });
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 12 }, deferred);
    const tasks = gates.map((gate) =>
      limits.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(4);
    limits.rateLimited(await limits.admit(1), null); // 4 → 2
    for (const gate of gates.slice(0, 4)) gate.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(2);
    for (const gate of gates) gate.resolve();
    await Promise.all(tasks);
    expect(peak).toBe(4);
  });

  it('drops a queued task when its signal aborts, without running it', async () => {
    const limits = createLimits({ ...base, concurrency: 1 });
    const gate = deferred();
    const first = limits.run(() => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const queued = limits.run(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await expect(queued).rejects.toThrow();
    gate.resolve();
    await first;
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toBe(false);
  });

  it('makes everyone wait out a Retry-After pause, capped at maxPauseMs', async () => {
    const limits = createLimits({ ...base, maxPauseMs: 80 });
    limits.rateLimited(await limits.admit(1), 3_600_000);
    const paused = limits.state().pausedUntil;
    expect(paused).not.toBeNull();
    expect((paused ?? 0) - Date.now()).toBeLessThanOrEqual(80);
    const started = performance.now();
    await limits.admit(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('refunds the unused part of a token estimate so the next request need not wait', async () => {
    // 600 tokens/min = 10 per second: a 10-token estimate empties the bucket.
    const limits = createLimits({ ...base, tokensPerMinute: 600 });
    limits.succeeded(await limits.admit(10), 1);
    const started = performance.now();
    await limits.admit(9);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
