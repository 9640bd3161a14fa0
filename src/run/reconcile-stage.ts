import { join } from 'node:path';
import { ClaimSchema, type PipelineConfig, type Reconciled } from '../../schemas/index.js';
import { readJsonlFile } from '../io/jsonl.js';
import { reconcile } from '../reconcile/index.js';
import { OUTPUT_FILES, writeFileAtomic } from './outputs.js';

/** Read claims.jsonl from a run dir, reconcile, write reconciled.json. */
export async function reconcileRunDir(outDir: string, config: PipelineConfig): Promise<Reconciled> {
  const claims = await readJsonlFile(join(outDir, OUTPUT_FILES.claims), ClaimSchema);
  const result = reconcile(claims, {
    clusterThreshold: config.reconcile.cluster_threshold,
    trackThreshold: config.reconcile.track_threshold,
  });
  await writeFileAtomic(join(outDir, OUTPUT_FILES.reconciled), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
