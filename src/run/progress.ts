/** Live counters of a run, drawn on stderr: a redrawn line on a TTY, a periodic plain line otherwise. */
export interface ProgressCounters {
  articlesDone: number;
  articlesTotal: number | null;
  claims: number;
  errors: number;
  calls: number;
  tokens: number;
  costUsd: number | null;
}

export interface Progress {
  update(patch: Partial<ProgressCounters>): void;
  add(patch: Partial<Pick<ProgressCounters, 'articlesDone' | 'claims' | 'errors'>>): void;
  stop(): void;
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

export function formatProgress(c: ProgressCounters, elapsedMs: number): string {
  const total = c.articlesTotal;
  let eta = '';
  if (total && c.articlesDone > 0 && c.articlesDone < total) {
    eta = ` eta ${formatDuration((elapsedMs / c.articlesDone) * (total - c.articlesDone))}`;
  }
  const bar = total ? `${c.articlesDone}/${total} articles` : `${c.articlesDone} articles`;
  const cost = c.costUsd === null ? '' : ` $${c.costUsd.toFixed(4)}`;
  return `${bar} | ${c.claims} claims | ${c.calls} calls | ${c.errors} errors | ${c.tokens} tokens${cost} | ${formatDuration(elapsedMs)}${eta}`;
}

export function createProgress(write: (text: string) => void, options: { tty: boolean; intervalMs?: number }): Progress {
  const counters: ProgressCounters = { articlesDone: 0, articlesTotal: null, claims: 0, errors: 0, calls: 0, tokens: 0, costUsd: null };
  const started = Date.now();
  const draw = () => {
    const line = formatProgress(counters, Date.now() - started);
    write(options.tty ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  const timer = setInterval(draw, options.intervalMs ?? (options.tty ? 200 : 10_000));
  timer.unref();
  return {
    update: (patch) => Object.assign(counters, patch),
    add: (patch) => {
      counters.articlesDone += patch.articlesDone ?? 0;
      counters.claims += patch.claims ?? 0;
      counters.errors += patch.errors ?? 0;
    },
    stop: () => {
      clearInterval(timer);
      if (options.tty) write('\r\x1b[2K');
    },
  };
}
