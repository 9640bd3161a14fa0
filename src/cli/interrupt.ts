import { setMaxListeners } from 'node:events';

/**
 * First Ctrl-C: stop taking new articles, abandon in-flight calls, keep what is written (resumable).
 * Second Ctrl-C: exit at once.
 */
export function abortOnSigint(say: (line: string) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  // Every in-flight model call listens on this one signal (and removes its listener when done):
  // dozens at a time is expected, not a leak.
  setMaxListeners(0, controller.signal);
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    say('interrupted: stopping; finished articles are kept and the same command resumes (Ctrl-C again to quit now)');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}
