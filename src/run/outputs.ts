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
  carried: { claims: number; rejected: number; chunks: number };
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
  const carried = { claims: 0, rejected: 0, chunks: 0 };

  /**
   * Rewrite the line files without the articles `drop` names (claims, their errors, rejected quotes,
   * ledger last) and return the ledger entries dropped.
   */
  const dropArticles = async (drop: (articleId: string) => boolean): Promise<LedgerEntry[]> => {
    const filter = async <S extends z.ZodType>(name: keyof typeof OUTPUT_FILES, schema: S, id: (row: z.infer<S>) => string) => {
      const rows = await readValidRows(path(name), schema);
      await writeFileAtomic(path(name), toJsonl(rows.filter((row) => !drop(id(row)))));
      return rows.filter((row) => drop(id(row)));
    };
    await filter('claims', ClaimSchema, (c) => c.article_id);
    await filter('errors', ErrorRecordSchema, (e) => e.item);
    await filter('rejected', RejectedRecordSchema, (r) => r.article_id);
    const dropped = await filter('ledger', LedgerEntrySchema, (e) => e.article_id);
    for (const entry of dropped) finished.delete(entry.article_id);
    return dropped;
  };

  if (resumable) {
    // An article that ended with errors is not finished: a re-run retries it (the cache keeps
    // the calls that did succeed from being paid twice).
    for (const entry of await readValidRows(path('ledger'), LedgerEntrySchema)) {
      if (entry.errors === 0) finished.set(entry.article_id, entry.sha256);
    }
    // Lines of unfinished articles go, and so do errors of items outside the ledger (ingest
    // errors among them): this run produces them again.
    await dropArticles((id) => !finished.has(id));
    for (const entry of await readValidRows(path('ledger'), LedgerEntrySchema)) {
      carried.chunks += entry.chunks;
      carried.claims += entry.claims;
      carried.rejected += entry.rejected;
    }
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

  return {
    dir,
    finished,
    carried,
    writeArticle: (output) => {
      let replaced: LedgerEntry | null = null;
      return enqueue(async () => {
        // Rare (an article edited after it was done), so a rewrite of the files is affordable.
        const id = output.entry.article_id;
        if (finished.has(id)) [replaced = null] = await dropArticles((other) => other === id);
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
        const gone = new Set(ledger.map((e) => e.article_id).filter((id) => !articleIds.has(id)));
        if (gone.size) removed = await dropArticles((id) => gone.has(id));
      }).then(() => removed);
    },
  };
}
