/** One article's section of the report: its text with every claim's quote highlighted, and its claims table. */
import type { Claim } from '../../schemas/index.js';
import { escapeHtml, formatDate, formatQuantity, speakerHtml, stanceHtml, tableHtml } from './format.js';
import { isHighlightable, segmentText } from './segments.js';

export interface ReportArticle {
  id: string;
  title: string | null;
  published_on: string | null;
  text: string;
}

export interface ClaimView {
  claim: Claim;
  /** 1-based, in text order within its article. */
  number: number;
  /** Row anchor; anchors are built from indices so that no input ever reaches an id attribute. */
  anchor: string;
  /** Whether the span lies inside the article text shown, so the quote is marked there. */
  highlighted: boolean;
}

export interface ArticleView {
  id: string;
  title: string | null;
  published_on: string | null;
  /** null when the caller passed no text for an article that has claims. */
  text: string | null;
  anchor: string;
  claims: ClaimView[];
}

/**
 * Pair articles with their claims, in input order; claims of articles whose text was not passed
 * still get a section so that nothing extracted is hidden from the analyst.
 */
export function buildArticleViews(articles: readonly ReportArticle[], claims: readonly Claim[]): ArticleView[] {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byArticle.get(claim.article_id) ?? [];
    list.push(claim);
    byArticle.set(claim.article_id, list);
  }
  const known = new Set(articles.map((a) => a.id));
  const orphans = [...byArticle.keys()].filter((id) => !known.has(id)).sort();
  const sources: Array<Omit<ArticleView, 'anchor' | 'claims'>> = [
    ...articles.map((a) => ({ id: a.id, title: a.title, published_on: a.published_on, text: a.text })),
    ...orphans.map((id) => ({ id, title: null, published_on: null, text: null })),
  ];
  return sources.map((source, i) => {
    const anchor = `a${i + 1}`;
    const textLength = source.text?.length ?? -1;
    const sorted = [...(byArticle.get(source.id) ?? [])].sort(
      (x, y) => x.span.start - y.span.start || x.span.end - y.span.end || x.id.localeCompare(y.id),
    );
    return {
      ...source,
      anchor,
      claims: sorted.map((claim, j) => ({
        claim,
        number: j + 1,
        anchor: `${anchor}-c${j + 1}`,
        highlighted: isHighlightable(claim.span, textLength),
      })),
    };
  });
}

/** The article text as HTML: flat segments, each covered segment one <mark> naming its claims. */
function highlightedText(text: string, claims: readonly ClaimView[]): string {
  const views = new Map(claims.map((c) => [c.number, c]));
  const segments = segmentText(
    text.length,
    claims.filter((c) => c.highlighted).map((c) => ({ key: c.number, start: c.claim.span.start, end: c.claim.span.end })),
  );
  return segments
    .map((segment) => {
      const refs = segment.opens
        .map((key) => {
          const view = views.get(key);
          return view === undefined ? '' : `<sup class="ref" id="${view.anchor}-q"><a href="#${view.anchor}">${key}</a></sup>`;
        })
        .join('');
      const piece = escapeHtml(text.slice(segment.start, segment.end));
      if (segment.keys.length === 0) return refs + piece;
      const depth = Math.min(segment.keys.length, 3);
      const keys = segment.keys.join(' ');
      return `${refs}<mark class="d${depth}" data-claims="${keys}" title="claim ${segment.keys.join(', ')}">${piece}</mark>`;
    })
    .join('');
}

function claimRow(view: ClaimView): { id: string; cells: string[]; className?: string } {
  const { claim } = view;
  const numberCell = view.highlighted ? `<a href="#${view.anchor}-q">${view.number}</a>` : String(view.number);
  // A quote the text cannot show is printed here instead, so the analyst still sees what grounded it.
  const unshown = view.highlighted
    ? ''
    : `<div class="warn">span ${claim.span.start}–${claim.span.end} not shown in the text; quote: “${escapeHtml(claim.quote)}”</div>`;
  const alignment = `<span class="badge align-${claim.alignment}">${claim.alignment}</span>`;
  return {
    id: view.anchor,
    ...(view.highlighted ? {} : { className: 'unshown' }),
    cells: [
      numberCell,
      `${escapeHtml(claim.statement)}${unshown}`,
      speakerHtml(claim.speaker),
      stanceHtml(claim.stance),
      escapeHtml(formatQuantity(claim.quantity)),
      escapeHtml(formatDate(claim.asserted_on)),
      alignment,
    ],
  };
}

export function articleSectionHtml(view: ArticleView): string {
  const heading = view.title === null || view.title.trim() === '' ? view.id : view.title;
  const meta = [
    `id <code>${escapeHtml(view.id)}</code>`,
    `published ${escapeHtml(formatDate(view.published_on))}`,
    view.text === null ? 'text not available' : `${view.text.length.toLocaleString('en-US')} characters`,
    `${view.claims.length} claim${view.claims.length === 1 ? '' : 's'}`,
  ].join(' · ');
  const body =
    view.text === null
      ? '<p class="warn">The article text was not passed to the report; claims are listed with their quotes.</p>'
      : `<div class="text">${highlightedText(view.text, view.claims)}</div>`;
  const table =
    view.claims.length === 0
      ? '<p class="muted">No claims extracted from this article.</p>'
      : tableHtml(
          'claims',
          ['#', 'statement', 'speaker', 'stance', 'quantity', 'asserted on', 'alignment'],
          view.claims.map(claimRow),
        );
  return [
    `<section class="article" id="${view.anchor}">`,
    `<h3>${escapeHtml(heading)}</h3>`,
    `<p class="meta">${meta}</p>`,
    body,
    table,
    '</section>',
  ].join('\n');
}
