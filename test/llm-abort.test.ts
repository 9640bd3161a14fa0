import { describe, expect, it } from 'vitest';
import { linkSignals, raceAbort, sleep } from '../src/llm/abort.js';

describe('sleep', () => {
  it('waits, and rejects at once on abort', async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    const controller = new AbortController();
    const long = sleep(60_000, controller.signal);
    controller.abort();
    await expect(long).rejects.toMatchObject({ name: 'AbortError' });
    await expect(sleep(10, AbortSignal.abort())).rejects.toBeDefined();
  });

  it('clamps waits beyond the timer range instead of firing at once', async () => {
    const controller = new AbortController();
    let done = false;
    void sleep(2 ** 40, controller.signal).then(
      () => (done = true),
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    controller.abort();
  });
});

describe('raceAbort', () => {
  it('passes results through and rejects early on abort', async () => {
    expect(await raceAbort(Promise.resolve(3))).toBe(3);
    const controller = new AbortController();
    const never = new Promise<number>(() => undefined);
    const raced = raceAbort(never, controller.signal);
    controller.abort();
    await expect(raced).rejects.toBeDefined();
  });
});

describe('linkSignals', () => {
  it('aborts when either source aborts and detaches its listeners on dispose', () => {
    const run = new AbortController();
    const call = new AbortController();
    const linked = linkSignals(run.signal, call.signal);
    expect(linked.signal?.aborted).toBe(false);
    call.abort();
    expect(linked.signal?.aborted).toBe(true);
    linked.dispose();

    const other = linkSignals(run.signal, new AbortController().signal);
    other.dispose();
    run.abort();
    expect(other.signal?.aborted).toBe(false);
    expect(linkSignals(undefined, run.signal).signal).toBe(run.signal);
  });
});
