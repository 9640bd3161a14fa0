/**
 * Score one run directory against the gold set: read its files (the I/O edge), then match
 * article by article and compute the metrics (pure).
 */
import { join } from 'node:path';
import type { VariantMetrics } from '../../schemas/eval.js';
import {
  ClaimSchema,
  ReconciledSchema,
  RunManifestSchema,
  type Claim,
  type GoldClaim,
  type GoldFile,
  type Reconciled,
  type RunManifest,
  type Span,
} from '../../schemas/index.js';
import { readJsonFile } from '../io/json.js';
import { readJsonlFile } from '../io/jsonl.js';
import { matchArticle, type ArticleMatch } from './match.js';
import { scoreVariant } from './metrics.js';

export class RunDirError extends Error {
  override readonly name = 'RunDirError';
}

export interface RunFiles {
  manifest: RunManifest;
  claims: Claim[];
  reconciled: Reconciled | null;
}

/** run.json is required (it says what ran); reconciled.json may be absent (an `extract` run). */
export async function readRunDir(dir: string): Promise<RunFiles> {
  const manifest = await readJsonFile(join(dir, 'run.json'), RunManifestSchema);
  if (manifest === null) throw new RunDirError(`${dir}: not a run directory (no run.json)`);
  const reconciled = await readJsonFile(join(dir, 'reconciled.json'), ReconciledSchema);
  const claims = await readJsonlFile(join(dir, 'claims.jsonl'), ClaimSchema);
  return { manifest, claims, reconciled };
}

export interface ScoringContext {
  gold: GoldFile[];
  /** Article text by id, as ingest cleaned it (claim spans point into it). */
  texts: ReadonlyMap<string, string>;
  threshold: number;
  /** Where a gold quote sits in its article (src/eval/gold.ts locateGoldQuote). */
  locate: (claim: GoldClaim, text: string) => Span | null;
}

export function matchRun(claims: Claim[], context: ScoringContext): { matches: ArticleMatch[]; unscoredClaims: number } {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byArticle.get(claim.article_id) ?? [];
    list.push(claim);
    byArticle.set(claim.article_id, list);
  }
  const goldIds = new Set(context.gold.map((g) => g.article_id));
  const unscoredClaims = claims.filter((c) => !goldIds.has(c.article_id)).length;
  const files = [...context.gold].sort((a, b) => a.article_id.localeCompare(b.article_id));
  const matches = files.map((file) => {
    const text = context.texts.get(file.article_id);
    const located = file.claims.map((claim) => ({ claim, span: text === undefined ? null : context.locate(claim, text) }));
    return matchArticle(file.article_id, byArticle.get(file.article_id) ?? [], located, context.threshold);
  });
  return { matches, unscoredClaims };
}

export function scoreRun(name: string, runDir: string, run: RunFiles, context: ScoringContext): VariantMetrics {
  const { matches, unscoredClaims } = matchRun(run.claims, context);
  return scoreVariant({ name, runDir, manifest: run.manifest, reconciled: run.reconciled, matches, unscoredClaims });
}
