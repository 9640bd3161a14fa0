/**
 * Clustering agreement between the pipeline's clusters and the gold clusters, over the same items
 * (the matched claims). Each item carries its predicted and its gold cluster label; an item that
 * belongs to no cluster must be given a label of its own by the caller (a singleton).
 *
 * B-cubed (Bagga & Baldwin): for each item i, with P(i) its predicted cluster and G(i) its gold one,
 *   precision(i) = |P(i) ∩ G(i)| / |P(i)|,  recall(i) = |P(i) ∩ G(i)| / |G(i)|,
 * averaged over items. Pairwise: over all unordered item pairs, a pair is predicted-together
 * and/or gold-together; precision = both / predicted-together, recall = both / gold-together.
 */
import type { ClusterScores } from '../../schemas/eval.js';

export interface ClusterItem {
  predicted: string;
  gold: string;
}

export function f1Of(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;

export function clusterScores(items: ClusterItem[]): ClusterScores {
  const n = items.length;
  if (n === 0) {
    return {
      items: 0,
      bcubed_precision: null,
      bcubed_recall: null,
      bcubed_f1: null,
      pairwise_precision: null,
      pairwise_recall: null,
      pairwise_f1: null,
    };
  }
  // Encode both labels in one key; JSON keeps ("a|b","c") and ("a","b|c") apart.
  const predictedSize = countBy(items.map((i) => i.predicted));
  const goldSize = countBy(items.map((i) => i.gold));
  const bothSize = countBy(items.map((i) => JSON.stringify([i.predicted, i.gold])));

  let precisionSum = 0;
  let recallSum = 0;
  for (const item of items) {
    const both = bothSize.get(JSON.stringify([item.predicted, item.gold]))!;
    precisionSum += both / predictedSize.get(item.predicted)!;
    recallSum += both / goldSize.get(item.gold)!;
  }
  const bPrecision = precisionSum / n;
  const bRecall = recallSum / n;

  let predictedPairs = 0;
  for (const size of predictedSize.values()) predictedPairs += pairsOf(size);
  let goldPairs = 0;
  for (const size of goldSize.values()) goldPairs += pairsOf(size);
  let bothPairs = 0;
  for (const size of bothSize.values()) bothPairs += pairsOf(size);
  const pPrecision = predictedPairs === 0 ? null : bothPairs / predictedPairs;
  const pRecall = goldPairs === 0 ? null : bothPairs / goldPairs;

  return {
    items: n,
    bcubed_precision: bPrecision,
    bcubed_recall: bRecall,
    bcubed_f1: f1Of(bPrecision, bRecall),
    pairwise_precision: pPrecision,
    pairwise_recall: pRecall,
    // F1 = 2·TP / (2·TP + FP + FN): defined whenever either side has a pair.
    pairwise_f1: predictedPairs + goldPairs === 0 ? null : (2 * bothPairs) / (predictedPairs + goldPairs),
  };
}
