// The dev gold set (evals/dev/gold): hand-annotated claims for six articles on other topics than
// the seeds. These checks keep it usable by `claimsift eval --suite evals/suites/dev.yaml`: every
// file validates, every quote is found in the text ingest produces, labels are consistent.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, GoldClaim, GoldFile, Speaker } from '../schemas/index.js';
import { loadGoldSet, locateGoldQuote, type GoldSet } from '../src/eval/gold.js';
import { readArticles } from '../src/ingest/index.js';

const ROOT = join(import.meta.dirname, '..');
const DEV_GOLD_DIR = join(ROOT, 'evals', 'dev', 'gold');
const DEV_ARTICLE_DIR = join(ROOT, 'evals', 'dev', 'articles');
const SEED_GOLD_DIR = join(ROOT, 'evals', 'gold');

let gold: GoldSet;
let seedGold: GoldSet;
const articles = new Map<string, Article>();
const ingestErrors: string[] = [];

beforeAll(async () => {
  gold = await loadGoldSet(DEV_GOLD_DIR);
  seedGold = await loadGoldSet(SEED_GOLD_DIR);
  for await (const item of readArticles([DEV_ARTICLE_DIR], { maxBytes: 2_000_000 })) {
    if (item.kind === 'article') articles.set(item.article.id, item.article);
    else ingestErrors.push(`${item.error.item}: ${item.error.reason}`);
  }
});

function allClaims(set: GoldSet = gold): Array<{ file: GoldFile; claim: GoldClaim }> {
  return [...set.values()].flatMap((file) => file.claims.map((claim) => ({ file, claim })));
}

/** An institution and its spokesperson are one speaker; two different named people are not. */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.org !== b.org) return false;
  return a.name === null || b.name === null || a.name === b.name;
}

describe('the dev gold set', () => {
  it('has one valid gold file per dev article, each with required and optional claims', () => {
    expect(ingestErrors).toEqual([]);
    expect(articles.size).toBe(6);
    expect([...gold.keys()].sort()).toEqual([...articles.keys()].sort());
    for (const file of gold.values()) {
      expect(file.claims.filter((c) => c.required).length, file.article_id).toBeGreaterThanOrEqual(8);
      expect(file.claims.some((c) => !c.required), file.article_id).toBe(true);
    }
  });

  it('finds every quote verbatim in the ingested text, on one line, without edge whitespace', () => {
    for (const { file, claim } of allClaims()) {
      const text = articles.get(file.article_id)?.text ?? '';
      const span = locateGoldQuote(claim, text);
      expect(span, `${claim.id}: ${claim.quote}`).not.toBeNull();
      if (span) expect(text.slice(span.start, span.end)).toBe(claim.quote);
      expect(claim.quote, claim.id).toBe(claim.quote.trim());
      expect(claim.quote, claim.id).not.toMatch(/\n/);
    }
  });

  it('uses ids unique across the set, named after their article', () => {
    const ids = allClaims().map(({ claim }) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file, claim } of allClaims()) {
      const prefix = file.article_id.split('_')[0] ?? file.article_id;
      expect(claim.id).toMatch(new RegExp(`^a${prefix}-\\d{2}$`));
    }
  });

  it('uses every cluster label in at least two articles, on both story lines', () => {
    const articlesByCluster = new Map<string, Set<string>>();
    for (const { file, claim } of allClaims()) {
      if (claim.cluster === null) continue;
      const seen = articlesByCluster.get(claim.cluster) ?? new Set<string>();
      seen.add(file.article_id);
      articlesByCluster.set(claim.cluster, seen);
    }
    expect(articlesByCluster.size).toBeGreaterThanOrEqual(8);
    for (const [cluster, seen] of articlesByCluster) expect(seen.size, cluster).toBeGreaterThanOrEqual(2);
    const stories = new Set([...articlesByCluster.values()].flatMap((seen) => [...seen].map((id) => id.split('_')[1])));
    expect(stories).toEqual(new Set(['quake', 'strike']));
  });

  it('gives the members of a cluster one speaker, one stance and one quantity', () => {
    const byCluster = new Map<string, GoldClaim[]>();
    for (const { claim } of allClaims()) {
      if (claim.cluster !== null) byCluster.set(claim.cluster, [...(byCluster.get(claim.cluster) ?? []), claim]);
    }
    const measure = (c: GoldClaim) => (c.quantity ? { ...c.quantity, unit: null } : null);
    for (const [cluster, [first, ...rest]] of byCluster) {
      if (first === undefined) continue;
      for (const other of rest) {
        expect(sameSpeaker(first.speaker, other.speaker), `${cluster}: ${first.id} vs ${other.id}`).toBe(true);
        expect(other.stance, `${cluster}: ${other.id}`).toBe(first.stance);
        expect(measure(other), `${cluster}: ${other.id}`).toEqual(measure(first));
      }
    }
  });

  it('puts every quantity on a track and only quantities; tracks evolve across articles', () => {
    for (const { claim } of allClaims()) expect(claim.track !== null, claim.id).toBe(claim.quantity !== null);
    const articlesByTrack = new Map<string, Set<string>>();
    for (const { file, claim } of allClaims()) {
      if (claim.track === null) continue;
      articlesByTrack.set(claim.track, (articlesByTrack.get(claim.track) ?? new Set()).add(file.article_id));
    }
    // The death toll is reported in all three quake articles; the strike count in all three strike ones.
    expect(articlesByTrack.get('quake-deaths')?.size).toBe(3);
    expect(articlesByTrack.get('brightwater-millbrook-workers-on-strike')?.size).toBe(3);
  });

  it('dates every article and never dates a statement after it', () => {
    for (const file of gold.values()) expect(file.published_on, file.article_id).toMatch(/^2023-/);
    for (const { file, claim } of allClaims()) {
      if (claim.asserted_on === null || file.published_on === null) continue;
      expect(claim.asserted_on.startsWith('2023-'), claim.id).toBe(true);
      expect(claim.asserted_on <= file.published_on, claim.id).toBe(true);
    }
  });

  it('shares no cluster label or track with the seed gold set (independent topics)', () => {
    const labels = (set: GoldSet) =>
      new Set(allClaims(set).flatMap(({ claim }) => [claim.cluster, claim.track].filter((l) => l !== null)));
    const seed = labels(seedGold);
    for (const label of labels(gold)) expect(seed.has(label), label).toBe(false);
  });
});
