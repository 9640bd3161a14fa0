// The file-system edge of ingest: walks paths, reads files and JSONL streams, and turns each
// into articles or error records. Everything it decides about text lives in the pure modules.

import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { errorRecord } from '../io/error-record.js';
import { cleanText } from './clean.js';
import { decodeText } from './decode.js';
import { htmlToText } from './html.js';
import { readLines } from './lines.js';
import { buildArticle, parseRecordLine } from './record.js';
import type { IngestItem, ReadArticlesOptions } from './types.js';

export type { IngestItem, ReadArticlesOptions } from './types.js';

type FileKind = 'text' | 'html' | 'jsonl';

const KIND_BY_EXTENSION: ReadonlyMap<string, FileKind> = new Map([
  ['.txt', 'text'], ['.text', 'text'], ['.md', 'text'], ['.markdown', 'text'],
  ['.html', 'html'], ['.htm', 'html'], ['.xhtml', 'html'],
  ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'],
]);

function ingestError(item: string, code: string, reason: string, field: string | null = null): IngestItem {
  return { kind: 'error', error: errorRecord({ stage: 'ingest', item, code, reason, field }) };
}

function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

type Found = { kind: 'file'; path: string } | { kind: 'error'; item: IngestItem };

/** Files under `path` in a stable order (sorted by name), directories walked recursively. */
async function* expandPath(path: string, visited: Set<string>): AsyncGenerator<Found> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = errorCode(err) === 'ENOENT' ? 'not_found' : 'unreadable';
    const reason = code === 'not_found' ? 'no such file or directory' : `cannot read: ${errorCode(err) || 'unknown error'}`;
    yield { kind: 'error', item: ingestError(path, code, reason) };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: 'file', path };
    return;
  }
  const real = await realpath(path);
  if (visited.has(real)) return; // a symlink loop, or the same directory given twice
  visited.add(real);
  const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) yield* expandPath(join(path, name), visited);
}

async function readWholeFile(path: string, kind: 'text' | 'html', maxBytes: number): Promise<IngestItem> {
  const size = (await stat(path)).size;
  if (size === 0) return ingestError(path, 'empty_file', 'file is empty');
  if (size > maxBytes) return ingestError(path, 'too_large', `file is ${size} bytes, over the ${maxBytes}-byte limit`);
  const decoded = decodeText(await readFile(path));
  if (!decoded.ok) return ingestError(path, decoded.code, decoded.reason);
  const extension = extname(path);
  const id = basename(path, extension);
  if (kind === 'html') {
    const html = htmlToText(decoded.text);
    const text = cleanText(html.text);
    if (text.length === 0) return ingestError(path, 'empty_file', 'no text left after removing HTML markup');
    return buildArticle({ id, text, source: { path, line: null }, ...(html.title ? { title: html.title } : {}) });
  }
  const text = cleanText(decoded.text);
  if (text.length === 0) return ingestError(path, 'empty_file', 'file holds only whitespace');
  return buildArticle({ id, text, source: { path, line: null } });
}

/** Articles from a JSONL stream, one record per line; a bad line is an error and the rest go on. */
async function* readJsonl(source: AsyncIterable<Buffer | string>, path: string, maxBytes: number): AsyncGenerator<IngestItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const raw of readLines(source, maxBytes)) {
    const item = `${path}:${raw.line}`;
    if (raw.bytes === null) {
      yield ingestError(item, 'too_large', `line is ${raw.size} bytes, over the ${maxBytes}-byte limit`);
      continue;
    }
    let line: string;
    try {
      line = decoder.decode(raw.bytes);
    } catch {
      yield ingestError(item, 'not_utf8', 'line is not valid UTF-8');
      continue;
    }
    if (raw.line === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    const parsed = parseRecordLine(line, { path, line: raw.line });
    if (parsed.kind === 'blank') continue;
    if (parsed.kind === 'error') {
      yield { kind: 'error', error: parsed.error };
      continue;
    }
    const { record } = parsed;
    const text = cleanText(record.text);
    if (text.length === 0) {
      yield ingestError(item, 'invalid_record', 'text: only whitespace', 'text');
      continue;
    }
    yield buildArticle({
      id: record.id,
      text,
      source: { path, line: raw.line },
      title: record.title,
      url: record.url,
      published_on: record.published_on,
    });
  }
}

async function* readFileItems(path: string, maxBytes: number): AsyncGenerator<IngestItem> {
  const kind = KIND_BY_EXTENSION.get(extname(path).toLowerCase());
  if (kind === undefined) {
    yield ingestError(path, 'unsupported_type', `unsupported file type "${extname(path) || '(none)'}"; expected .txt, .md, .html or .jsonl`);
    return;
  }
  try {
    if (kind === 'jsonl') yield* readJsonl(createReadStream(path), path, maxBytes);
    else yield await readWholeFile(path, kind, maxBytes);
  } catch (err) {
    yield ingestError(path, 'unreadable', `cannot read: ${errorCode(err) || (err instanceof Error ? err.message : 'unknown error')}`);
  }
}

/**
 * Articles from files, directories (walked recursively, sorted) and `-` (JSONL on stdin), in
 * order. Every item that cannot become an article is yielded as an error record instead; an
 * id seen before is an error for the later one.
 */
export async function* readArticles(paths: string[], options: ReadArticlesOptions): AsyncGenerator<IngestItem> {
  const firstSeen = new Map<string, string>();
  const visited = new Set<string>();

  function dedupe(item: IngestItem): IngestItem {
    if (item.kind !== 'article') return item;
    const { id, source } = item.article;
    const where = source.line === null ? source.path : `${source.path}:${source.line}`;
    const earlier = firstSeen.get(id);
    // The item is the skipped record's place, not the id: the id belongs to the article kept.
    if (earlier !== undefined) return ingestError(where, 'duplicate_id', `id "${id}" already used by ${earlier}; record skipped`, 'id');
    firstSeen.set(id, where);
    return item;
  }

  for (const path of paths) {
    if (path === '-') {
      for await (const item of readJsonl(options.stdin ?? process.stdin, '-', options.maxBytes)) yield dedupe(item);
      continue;
    }
    for await (const found of expandPath(path, visited)) {
      if (found.kind === 'error') {
        yield found.item;
        continue;
      }
      for await (const item of readFileItems(found.path, options.maxBytes)) yield dedupe(item);
    }
  }
}

/** Non-blank lines of a file: how many JSONL records it holds. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let content = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (content) lines += 1;
        content = false;
      } else if (byte !== 32 && byte !== 9 && byte !== 13) content = true;
    }
  }
  return content ? lines + 1 : lines;
}

/** How many items the paths hold (files, JSONL lines), for progress and ETA; null with stdin. */
export async function countItems(paths: string[]): Promise<number | null> {
  if (paths.includes('-')) return null;
  let total = 0;
  const visited = new Set<string>();
  for (const path of paths) {
    for await (const found of expandPath(path, visited)) {
      if (found.kind === 'error') continue;
      const kind = KIND_BY_EXTENSION.get(extname(found.path).toLowerCase());
      total += kind === 'jsonl' ? await countLines(found.path).catch(() => 0) : kind ? 1 : 0;
    }
  }
  return total;
}
