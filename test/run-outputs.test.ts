import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../schemas/index.js';
import { errorRecord } from '../src/io/error-record.js';
import { openRunOutputs, type ArticleOutput } from '../src/run/outputs.js';
import { makeClaim } from './support/claims.js';

function claim(articleId: string, n: number): Claim {
  return makeClaim({
    id: `c_${articleId}_${n}`,
    article_id: articleId,
    statement: `Statement ${n} of ${articleId}.`,
    quote: `quote ${n}`,
    span: { start: n * 10, end: n * 10 + 7 },
  });
}

function articleOutput(id: string, claims: number, errors = 0): ArticleOutput {
  return {
    entry: { article_id: id, sha256: 'f'.repeat(64), chunks: 1, claims, rejected: 0, errors },
    claims: Array.from({ length: claims }, (_, n) => claim(id, n)),
    errors: Array.from({ length: errors }, () => errorRecord({ stage: 'extract', item: id, code: 'refusal', reason: 'refused' })),
    rejected: [],
  };
}

const lines = async (path: string) => (await readFile(path, 'utf8')).split('\n').filter(Boolean);

describe('openRunOutputs', () => {
  it('keeps finished articles and drops the lines of an unfinished one and a torn tail on resume', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimsift-out-'));
    const first = await openRunOutputs(dir, 'fp1', { fresh: false });
    await first.writeArticle(articleOutput('a', 2));
    await first.writeArticle(articleOutput('b', 1));
    await first.flush();
    // A kill after c's claims were appended but before its ledger line, mid-way through a line.
    await appendFile(join(dir, 'claims.jsonl'), `${JSON.stringify(claim('c', 0))}\n{"id":"c_c_1","art`);

    const resumed = await openRunOutputs(dir, 'fp1', { fresh: false });
    expect([...resumed.finished.keys()].sort()).toEqual(['a', 'b']);
    expect(resumed.carried.claims).toBe(3);
    const ids = (await lines(join(dir, 'claims.jsonl'))).map((l) => (JSON.parse(l) as Claim).id);
    expect(ids).toEqual(['c_a_0', 'c_a_1', 'c_b_0']);
  });

  it('retries articles that ended with errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimsift-out-'));
    const first = await openRunOutputs(dir, 'fp', { fresh: false });
    await first.writeArticle(articleOutput('ok', 1));
    await first.writeArticle(articleOutput('bad', 1, 1));
    await first.flush();
    const resumed = await openRunOutputs(dir, 'fp', { fresh: false });
    expect([...resumed.finished.keys()]).toEqual(['ok']);
    expect(await lines(join(dir, 'errors.jsonl'))).toEqual([]);
    expect(await lines(join(dir, 'claims.jsonl'))).toHaveLength(1);
  });

  it('starts clean when the fingerprint changed or --fresh is given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimsift-out-'));
    const first = await openRunOutputs(dir, 'old', { fresh: false });
    await first.writeArticle(articleOutput('a', 2));
    await first.flush();
    const changed = await openRunOutputs(dir, 'new', { fresh: false });
    expect(changed.finished.size).toBe(0);
    expect(await lines(join(dir, 'claims.jsonl'))).toEqual([]);

    await changed.writeArticle(articleOutput('a', 1));
    await changed.flush();
    const fresh = await openRunOutputs(dir, 'new', { fresh: true });
    expect(fresh.finished.size).toBe(0);
  });

  it('writes an article block contiguously with its ledger line last', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimsift-out-'));
    const out = await openRunOutputs(dir, 'fp', { fresh: false });
    await Promise.all([out.writeArticle(articleOutput('x', 3)), out.writeArticle(articleOutput('y', 3))]);
    await out.flush();
    const articles = (await lines(join(dir, 'claims.jsonl'))).map((l) => (JSON.parse(l) as Claim).article_id);
    expect(articles).toEqual(['x', 'x', 'x', 'y', 'y', 'y']);
    expect((await lines(join(dir, 'articles.jsonl'))).map((l) => (JSON.parse(l) as { article_id: string }).article_id)).toEqual(['x', 'y']);
  });
});
