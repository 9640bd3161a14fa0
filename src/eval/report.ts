/** Markdown renderings of an evaluation (report.md) and of a comparison. Pure string building. */
import type { Comparison, EvalMetrics, VariantMetrics } from '../../schemas/eval.js';
import { describeGate, type GateResult } from './gate.js';

const pct = (n: number | null): string => (n === null ? 'n/a' : (n * 100).toFixed(1));
const num = (n: number | null): string => (n === null ? 'n/a' : String(Math.round(n * 10_000) / 10_000));
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const cell = (text: string): string => oneLine(text).replace(/\|/g, '\\|');

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** Rows of the side-by-side table: label and how to read it from one variant. */
const SUMMARY_ROWS: Array<[string, (v: VariantMetrics) => string]> = [
  ['extractor', (v) => [v.extractor.kind, v.extractor.model, v.extractor.prompt].filter((x) => x !== null).join(' ')],
  ['precision %', (v) => pct(v.headline.precision)],
  ['recall %', (v) => pct(v.headline.recall)],
  ['F1 %', (v) => pct(v.headline.f1)],
  ['TP / FP / FN', (v) => `${v.micro.tp} / ${v.micro.fp} / ${v.micro.fn}`],
  ['optional matched', (v) => String(v.micro.optional_matched)],
  ['speaker acc %', (v) => pct(v.headline.speaker_accuracy)],
  ['stance acc %', (v) => pct(v.headline.stance_accuracy)],
  ['quantity acc %', (v) => pct(v.headline.quantity_accuracy)],
  ['date acc %', (v) => pct(v.headline.date_accuracy)],
  ['grounding rate %', (v) => `${pct(v.grounding.rate)} (${v.grounding.claims} kept, ${v.grounding.rejected_quotes} rejected)`],
  ['B³ precision %', (v) => pct(v.clusters.bcubed_precision)],
  ['B³ recall %', (v) => pct(v.clusters.bcubed_recall)],
  ['B³ F1 %', (v) => pct(v.clusters.bcubed_f1)],
  ['pairwise F1 %', (v) => pct(v.clusters.pairwise_f1)],
  ['model calls', (v) => String(v.usage.calls)],
  ['tokens (prompt / cached / completion)', (v) => `${v.usage.prompt_tokens} / ${v.usage.cached_prompt_tokens} / ${v.usage.completion_tokens}`],
  ['est. cost USD', (v) => (v.usage.cost_usd === null ? 'n/a' : v.usage.cost_usd.toFixed(4))],
  ['wall time s', (v) => (v.usage.wall_ms / 1000).toFixed(2)],
  ['run status', (v) => v.run_status],
];

const LIST_LIMIT = 25;

function variantDetail(v: VariantMetrics): string {
  const parts: string[] = [`### ${v.name}`, '', `Run: \`${v.run_dir}\``, ''];
  parts.push(
    table(
      ['article', 'TP', 'FP', 'FN', 'opt', 'P %', 'R %', 'F1 %'],
      v.per_article.map((a) => [a.article_id, String(a.tp), String(a.fp), String(a.fn), String(a.optional_matched), pct(a.precision), pct(a.recall), pct(a.f1)]),
    ),
  );
  const misses = v.gold.filter((g) => g.required && g.claim === null);
  parts.push('', `Missed required gold claims: ${misses.length}`);
  for (const g of misses.slice(0, LIST_LIMIT)) parts.push(`- ${g.article_id} \`${g.gold_id}\`: ${oneLine(g.statement)}${g.located ? '' : ' (gold quote not located)'}`);
  if (misses.length > LIST_LIMIT) parts.push(`- … ${misses.length - LIST_LIMIT} more in metrics.json`);
  parts.push('', `False positives: ${v.false_positives.length}`);
  for (const c of v.false_positives.slice(0, LIST_LIMIT)) parts.push(`- ${c.article_id}: ${oneLine(c.statement)}`);
  if (v.false_positives.length > LIST_LIMIT) parts.push(`- … ${v.false_positives.length - LIST_LIMIT} more in metrics.json`);
  const wrong = v.gold.filter((g) => g.required && g.fields !== null && Object.values(g.fields).includes(false));
  parts.push('', `Matched with a wrong field: ${wrong.length}`);
  for (const g of wrong.slice(0, LIST_LIMIT)) {
    const bad = Object.entries(g.fields ?? {}).filter(([, ok]) => !ok).map(([f]) => f);
    parts.push(`- ${g.article_id} \`${g.gold_id}\`: ${bad.join(', ')}`);
  }
  if (v.unscored_claims > 0) parts.push('', `Claims from articles without gold (not scored): ${v.unscored_claims}`);
  return parts.join('\n');
}

export function renderEvalReport(metrics: EvalMetrics, gate: GateResult | null = null): string {
  const names = metrics.variants.map((v) => v.name);
  const parts = [
    `# claimsift eval${metrics.suite === null ? '' : ` — ${metrics.suite}`}`,
    '',
    `Created ${metrics.created_at}; gold \`${metrics.gold_dir}\`; match threshold ${metrics.match_threshold}` +
      ' (similarity defined in evals/README.md).',
    '',
    '## Summary',
    '',
    table(['metric', ...names], SUMMARY_ROWS.map(([label, read]) => [label, ...metrics.variants.map(read)])),
  ];
  if (gate !== null) parts.push('', '## Regression gate', '', '```', describeGate(gate), '```');
  parts.push('', '## Per variant', '', metrics.variants.map(variantDetail).join('\n\n'), '');
  return parts.join('\n');
}

export function renderComparison(comparison: Comparison): string {
  const parts = [`# claimsift eval --compare`, '', `A: \`${comparison.a}\`  `, `B: \`${comparison.b}\``];
  if (comparison.variants.length === 0) parts.push('', 'No variants in common.');
  for (const v of comparison.variants) {
    parts.push('', `## ${v.a} → ${v.b}`, '');
    parts.push(table(['metric', 'A', 'B', 'Δ'], v.deltas.map((d) => [d.metric, num(d.a), num(d.b), d.delta === null ? 'n/a' : (d.delta > 0 ? '+' : '') + num(d.delta)])));
    parts.push('', `Gained (matched in B only): ${v.gained.length}`);
    for (const g of v.gained) parts.push(`- ${g.article_id} \`${g.gold_id}\`${g.required ? '' : ' (optional)'}: ${oneLine(g.statement)}`);
    parts.push('', `Lost (matched in A only): ${v.lost.length}`);
    for (const g of v.lost) parts.push(`- ${g.article_id} \`${g.gold_id}\`${g.required ? '' : ' (optional)'}: ${oneLine(g.statement)}`);
    parts.push('', `Changed (matched in both, fields differ): ${v.changed.length}`);
    for (const c of v.changed) parts.push(`- ${c.article_id} \`${c.gold_id}\`: ${c.fields.join(', ')}`);
  }
  return parts.join('\n') + '\n';
}
