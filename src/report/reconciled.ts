/** The clusters and tracks sections of the report. */
import type { Cluster, Reconciled, Track } from '../../schemas/index.js';
import { escapeHtml, formatDate, formatQuantity, speakerHtml, stanceHtml, tableHtml } from './format.js';

/** Where report anchors live, so provenance can link back to the claim rows and article sections. */
export interface AnchorIndex {
  claim: ReadonlyMap<string, string>;
  article: ReadonlyMap<string, string>;
}

function linked(anchor: string | undefined, html: string): string {
  return anchor === undefined ? html : `<a href="#${anchor}">${html}</a>`;
}

function clusterHtml(cluster: Cluster, anchor: string, anchors: AnchorIndex): string {
  const facts = [
    speakerHtml(cluster.speaker).replace('<br>', ' · '),
    stanceHtml(cluster.stance),
    cluster.quantity === null ? '' : escapeHtml(formatQuantity(cluster.quantity)),
    cluster.asserted_on === null ? '' : escapeHtml(cluster.asserted_on),
  ].filter((f) => f !== '');
  const members = cluster.members
    .map((m) => {
      const article = linked(anchors.article.get(m.article_id), `<code>${escapeHtml(m.article_id)}</code>`);
      const claim = linked(anchors.claim.get(m.claim_id), 'claim');
      return `<li>${article} (${claim}${m.asserted_on === null ? '' : `, ${escapeHtml(m.asserted_on)}`}): <q>${escapeHtml(m.quote)}</q></li>`;
    })
    .join('\n');
  return [
    `<div class="cluster" id="${anchor}">`,
    `<p class="canonical">${escapeHtml(cluster.statement)} <span class="badge sources">${cluster.sources} source${cluster.sources === 1 ? '' : 's'}</span></p>`,
    `<p class="meta">${facts.join(' · ')} · <code>${escapeHtml(cluster.id)}</code></p>`,
    `<ul class="members">\n${members}\n</ul>`,
    '</div>',
  ].join('\n');
}

/** Cluster anchors by cluster id, in the order the clusters are listed. */
export function clusterAnchors(reconciled: Reconciled | null): Map<string, string> {
  const anchors = new Map<string, string>();
  reconciled?.clusters.forEach((c, i) => anchors.set(c.id, `k${i + 1}`));
  return anchors;
}

/** Multi-source clusters first (most sources first), single-source ones folded away below. */
export function clustersSectionHtml(reconciled: Reconciled | null, anchors: AnchorIndex): string {
  const head = '<section id="clusters"><h2>Clusters</h2>';
  if (reconciled === null) return `${head}\n<p class="muted">No reconciled.json for this run.</p>\n</section>`;
  const ids = clusterAnchors(reconciled);
  const render = (c: Cluster) => clusterHtml(c, ids.get(c.id) ?? '', anchors);
  const multi = reconciled.clusters.filter((c) => c.sources > 1).sort((a, b) => b.sources - a.sources);
  const single = reconciled.clusters.filter((c) => c.sources <= 1);
  const stats = reconciled.stats;
  return [
    head,
    `<p class="meta">${stats.clusters} clusters from ${stats.claims} claims; ${stats.multi_source_clusters} with more than one source; ${stats.candidate_pairs} candidate pairs scored.</p>`,
    '<h3>Across sources</h3>',
    multi.length === 0 ? '<p class="muted">No proposition was found in more than one source.</p>' : multi.map(render).join('\n'),
    single.length === 0
      ? ''
      : `<details><summary>Single-source clusters (${single.length})</summary>\n${single.map(render).join('\n')}\n</details>`,
    '</section>',
  ].join('\n');
}

function trackHtml(track: Track, clusters: ReadonlyMap<string, string>): string {
  const rows = track.steps.map((step) => [
    escapeHtml(formatDate(step.asserted_on)),
    speakerHtml(step.speaker),
    linked(clusters.get(step.cluster_id), escapeHtml(formatQuantity(step.quantity))),
    `<span class="badge label-${step.label}">${step.label}</span>`,
    escapeHtml(step.note),
  ]);
  const unit = track.unit === null ? '' : ` <span class="muted">(${escapeHtml(track.unit)})</span>`;
  return [
    `<div class="track">`,
    `<h3>${escapeHtml(track.measure)}${unit}</h3>`,
    tableHtml('track', ['date', 'speaker', 'estimate', 'label', 'note'], rows),
    '</div>',
  ].join('\n');
}

export function tracksSectionHtml(reconciled: Reconciled | null): string {
  const head = '<section id="tracks"><h2>Tracks</h2>';
  if (reconciled === null) return `${head}\n<p class="muted">No reconciled.json for this run.</p>\n</section>`;
  if (reconciled.tracks.length === 0) return `${head}\n<p class="muted">No tracks: no measured quantity had a timeline of estimates.</p>\n</section>`;
  const clusters = clusterAnchors(reconciled);
  return [head, ...reconciled.tracks.map((t) => trackHtml(t, clusters)), '</section>'].join('\n');
}
