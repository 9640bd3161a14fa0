/** Escaping and small formatters for the HTML report. Pure string functions. */
import type { Quantity, Speaker, Stance } from '../../schemas/index.js';
import { describeQuantity, formatNumber } from '../util/quantity-text.js';

export { formatNumber };

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** "≥ 5,000 workers", "1,200–1,500 people", "about 300": compact, for table cells. */
export function formatQuantity(quantity: Quantity | null): string {
  return quantity === null ? '—' : describeQuantity(quantity, 'compact');
}

/** Speaker as escaped HTML: the name, with the organisation beneath it in a muted line. */
export function speakerHtml(speaker: Speaker): string {
  const name = speaker.name === null ? '' : escapeHtml(speaker.name);
  const org = speaker.org === null ? '' : `<span class="org">${escapeHtml(speaker.org)}</span>`;
  if (name === '' && org === '') return '<span class="muted">unknown</span>';
  return name === '' ? org : org === '' ? name : `${name}<br>${org}`;
}

const STANCE_LABELS: Record<Stance, string> = {
  asserts: 'asserts',
  denies: 'denies',
  cannot_confirm: 'cannot confirm',
};

export function stanceHtml(stance: Stance): string {
  return `<span class="badge stance-${stance}">${STANCE_LABELS[stance]}</span>`;
}

export function formatDate(date: string | null): string {
  return date === null ? '—' : date;
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

export function formatUsd(cost: number | null): string {
  return cost === null ? 'n/a (no price for this model)' : `$${cost.toFixed(4)}`;
}

export interface TableRow {
  cells: string[];
  /** Anchor id (already safe: built from indices, never from input). */
  id?: string;
  className?: string;
}

/** A table from pre-escaped cells: header texts are escaped here, cell HTML is trusted. */
export function tableHtml(className: string, header: string[], rows: Array<TableRow | string[]>): string {
  const head = header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => {
      const r = Array.isArray(row) ? { cells: row } : row;
      const id = r.id === undefined ? '' : ` id="${r.id}"`;
      const cls = r.className === undefined ? '' : ` class="${r.className}"`;
      return `<tr${id}${cls}>${r.cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table class="${className}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
