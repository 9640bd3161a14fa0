import { pino, type Logger } from 'pino';

/** Keys that may carry credentials, wherever they appear in a log record. */
const REDACT = ['apiKey', 'api_key', '*.apiKey', '*.api_key', 'headers.authorization', '*.headers.authorization', 'authorization'];

/** JSON lines to a file in the out dir; the human-readable summary goes to stderr separately. */
export function createFileLogger(path: string): Logger {
  return pino(
    { level: 'info', redact: { paths: REDACT, censor: '[redacted]' }, base: null },
    pino.destination({ dest: path, mkdir: true, sync: false }),
  );
}

export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
