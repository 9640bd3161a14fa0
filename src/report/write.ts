/** Read a finished run dir and write its report.html next to the other outputs. */
import { join } from 'node:path';
import { ClaimSchema, ErrorRecordSchema, ReconciledSchema, RunManifestSchema } from '../../schemas/index.js';
import { readJsonFile } from '../io/json.js';
import { readJsonlFile } from '../io/jsonl.js';
import { writeFileAtomic } from '../run/outputs.js';
import { renderReport, type ReportInput } from './html.js';

export const REPORT_FILE = 'report.html';

export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
}

/**
 * Write `outDir/report.html` from run.json, claims.jsonl, reconciled.json (optional) and
 * errors.jsonl, and return its path. The run dir does not keep article texts, so the caller passes
 * the articles it ingested; without them the report still lists every claim with its quote.
 */
export async function writeRunReport(outDir: string, articles: ReportInput['articles'] = []): Promise<string> {
  const manifest = await readJsonFile(join(outDir, 'run.json'), RunManifestSchema);
  if (manifest === null) throw new ReportInputError(`${join(outDir, 'run.json')}: not found; is this a claimsift run dir?`);
  // One after the other, so that with several bad files the error named is always the same one.
  const claims = await readJsonlFile(join(outDir, 'claims.jsonl'), ClaimSchema);
  const reconciled = await readJsonFile(join(outDir, 'reconciled.json'), ReconciledSchema);
  const errors = await readJsonlFile(join(outDir, 'errors.jsonl'), ErrorRecordSchema);
  // Only the fields the report shows: callers may pass whole Article records.
  const texts = articles.map((a) => ({ id: a.id, title: a.title, published_on: a.published_on, text: a.text }));
  const path = join(outDir, REPORT_FILE);
  await writeFileAtomic(path, renderReport({ manifest, articles: texts, claims, reconciled, errors }));
  return path;
}
