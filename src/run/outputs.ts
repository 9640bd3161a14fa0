import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClaimSchema, ErrorRecordSchema, type Claim, type ErrorRecord } from '../../schemas/index.js';
import { streamJsonl, toJsonl } from '../io/jsonl.js';
import { LedgerEntrySchema, RunStateSchema, type LedgerEntry } from './ledger.js';
import { RejectedRecordSchema, type RejectedRecord } from './rejected.js';
import type { z } from 'zod';

export const OUTPUT_FILES = {
  claims: 'claims.jsonl',
  errors: 'errors.jsonl',
  rejected: 'rejected.jsonl',
  ledger: 'articles.jsonl',
  state: 'state.json',
  reconciled: 'reconciled.json',
  manifest: 'run.json',
  report: 'report.html',
  log: 'claimsift.log',
} as const;

export interface ArticleOutput {
  entry: LedgerEntry;
  claims: Claim[];
  errors: ErrorRecord[];
  rejected: RejectedRecord[];
}

export interface RunOutputs {
  dir: string;
  /** Articles finished by an earlier, interrupted run with the same fingerprint: id → sha256. */
  finished: ReadonlyMap<string, string>;
  /** Counts carried over from the resumed part. */
  carried: { claims: number; errors: number; rejected: number; chunks: number };
  /** Append one article's block; resolves to the earlier run's ledger entry it replaced, if any. */
  writeArticle(output: ArticleOutput): Promise<LedgerEntry | null>;
  /** Errors that belong to no finished article (ingest, config) are appended at once. */
  writeError(error: ErrorRecord): Promise<void>;
  /** Wait for queued writes. */
  flush(): Promise<void>;
  /**
   * Drop earlier runs' articles that this run's input no longer has, so the outputs describe this
   * input; resolves to the ledger entries removed.
   */
  retainOnly(articleIds: ReadonlySet<string>): Promise<LedgerEntry[]>;
}

/** Write a whole file so that a reader never sees half of it: tmp file, then rename. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

async function readValidRows<S extends z.ZodType>(path: string, schema: S): Promise<Array<z.infer<S>>> {
  const rows: Array<z.infer<S>> = [];
  try {
    // A kill can tear only the last line; anything else invalid here is not ours to keep either.
    for await (const row of streamJsonl(path, schema, { allowTornTail: true })) rows.push(row);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return rows;
}

/**
 * Open the out dir. With a matching fingerprint, keep what earlier runs finished and drop every
 * line of an article that never reached the ledger (no duplicate, no torn line); otherwise start clean.
 */
export async function openRunOutputs(dir: string, fingerprint: string, options: { fresh: boolean }): Promise<RunOutputs> {
  await mkdir(dir, { recursive: true });
  const path = (name: keyof typeof OUTPUT_FILES) => join(dir, OUTPUT_FILES[name]);

  let resumable = false;
  if (!options.fresh) {
    try {
      const state = RunStateSchema.safeParse(JSON.parse(await readFile(path('state'), 'utf8')));
      resumable = state.success && state.data.fingerprint === fingerprint;
    } catch {
      resumable = false;
    }
  }

  const finished = new Map<string, string>();
  const carried = { claims: 0, errors: 0, rejected: 0, chunks: 0 };
  if (resumable) {
    // An article that ended with errors is not finished: a re-run retries it (the cache keeps
    // the calls that did succeed from being paid twice).
    const ledger = (await readValidRows(path('ledger'), LedgerEntrySchema)).filter((e) => e.errors === 0);
    for (const entry of ledger) {
      finished.set(entry.article_id, entry.sha256);
      carried.chunks += entry.chunks;
    }
    const keep = <T>(rows: T[], id: (row: T) => string) => rows.filter((row) => finished.has(id(row)));
    const claims = keep(await readValidRows(path('claims'), ClaimSchema), (c) => c.article_id);
    // Errors of items outside the ledger (ingest errors among them) are produced again by this run.
    const errors = keep(await readValidRows(path('errors'), ErrorRecordSchema), (e) => e.item);
    const rejected = keep(await readValidRows(path('rejected'), RejectedRecordSchema), (r) => r.article_id);
    carried.claims = claims.length;
    carried.errors = errors.length;
    carried.rejected = rejected.length;
    await writeFileAtomic(path('claims'), toJsonl(claims));
    await writeFileAtomic(path('errors'), toJsonl(errors));
    await writeFileAtomic(path('rejected'), toJsonl(rejected));
    await writeFileAtomic(path('ledger'), toJsonl(ledger));
  } else {
    for (const name of ['claims', 'errors', 'rejected', 'ledger', 'reconciled', 'manifest', 'report'] as const) {
      await rm(path(name), { force: true });
    }
    for (const name of ['claims', 'errors', 'rejected', 'ledger'] as const) await writeFile(path(name), '');
    await writeFileAtomic(path('state'), `${JSON.stringify({ fingerprint })}\n`);
  }

  // Writes are serialised so that one article's lines are contiguous and the ledger line comes last.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work);
    return queue;
  };

  /** Drop every line of an article from the outputs: it changed since an earlier run finished it. */
  const forget = async (articleId: string): Promise<LedgerEntry | null> => {
    const without = async <S extends z.ZodType>(name: keyof typeof OUTPUT_FILES, schema: S, id: (row: z.infer<S>) => string) => {
      const rows = await readValidRows(path(name), schema);
      await writeFileAtomic(path(name), toJsonl(rows.filter((row) => id(row) !== articleId)));
      return rows.filter((row) => id(row) === articleId);
    };
    await without('claims', ClaimSchema, (c) => c.article_id);
    await without('errors', ErrorRecordSchema, (e) => e.item);
    await without('rejected', RejectedRecordSchema, (r) => r.article_id);
    const [old] = await without('ledger', LedgerEntrySchema, (e) => e.article_id);
    finished.delete(articleId);
    return old ?? null;
  };

  return {
    dir,
    finished,
    carried,
    writeArticle: (output) => {
      let replaced: LedgerEntry | null = null;
      return enqueue(async () => {
        // Rare (an article edited after it was done), so a rewrite of the files is affordable.
        if (finished.has(output.entry.article_id)) replaced = await forget(output.entry.article_id);
        if (output.claims.length) await appendFile(path('claims'), toJsonl(output.claims));
        if (output.errors.length) await appendFile(path('errors'), toJsonl(output.errors));
        if (output.rejected.length) await appendFile(path('rejected'), toJsonl(output.rejected));
        await appendFile(path('ledger'), toJsonl([output.entry]));
      }).then(() => replaced);
    },
    writeError: (error) => enqueue(() => appendFile(path('errors'), toJsonl([error]))),
    flush: () => enqueue(async () => {}),
    retainOnly: (articleIds) => {
      let removed: LedgerEntry[] = [];
      return enqueue(async () => {
        const ledger = await readValidRows(path('ledger'), LedgerEntrySchema);
        removed = ledger.filter((e) => !articleIds.has(e.article_id));
        if (!removed.length) return;
        const gone = new Set(removed.map((e) => e.article_id));
        const keep = async <S extends z.ZodType>(name: keyof typeof OUTPUT_FILES, schema: S, id: (row: z.infer<S>) => string) => {
          const rows = await readValidRows(path(name), schema);
          await writeFileAtomic(path(name), toJsonl(rows.filter((row) => !gone.has(id(row)))));
        };
        await keep('claims', ClaimSchema, (c) => c.article_id);
        await keep('errors', ErrorRecordSchema, (e) => e.item);
        await keep('rejected', RejectedRecordSchema, (r) => r.article_id);
        await keep('ledger', LedgerEntrySchema, (e) => e.article_id);
        for (const id of gone) finished.delete(id);
      }).then(() => removed);
    },
  };
}
