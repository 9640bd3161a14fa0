import { describe, expect, it } from 'vitest';
import { buildArticle, parseRecordLine } from '../src/ingest/record.js';
import { sha256 } from '../src/util/hash.js';

describe('parseRecordLine', () => {
  const where = { path: 'dump.jsonl', line: 7 };

  it('parses a valid record and skips blank lines', () => {
    expect(parseRecordLine('{"id":"a","text":"Body."}', where)).toEqual({ kind: 'record', record: { id: 'a', text: 'Body.' } });
    expect(parseRecordLine('   ', where)).toEqual({ kind: 'blank' });
  });

  it('names file:line and the failing field', () => {
    const missing = parseRecordLine('{"id":"a","title":"x"}', where);
    expect(missing).toMatchObject({ kind: 'error', error: { stage: 'ingest', item: 'dump.jsonl:7', field: 'text', code: 'invalid_record' } });
    expect(missing.kind === 'error' && missing.error.reason).toContain('text: required but missing');
    const badDate = parseRecordLine('{"id":"a","text":"t","published_on":"5 May"}', where);
    expect(badDate).toMatchObject({ kind: 'error', error: { field: 'published_on' } });
    expect(parseRecordLine('{"id":', where)).toMatchObject({ kind: 'error', error: { code: 'bad_json', item: 'dump.jsonl:7', field: null } });
    expect(parseRecordLine('[1,2]', where)).toMatchObject({ kind: 'error', error: { code: 'invalid_record' } });
  });
});

describe('buildArticle', () => {
  const source = { path: 'x.txt', line: null };

  it('guesses title and dateline from the text when not given, and hashes the text', () => {
    const item = buildArticle({ id: 'x', text: 'Bridge reopens after repairs\n\nJune 4, 2020\n\nThe bridge reopened.', source });
    expect(item).toMatchObject({
      kind: 'article',
      article: { id: 'x', title: 'Bridge reopens after repairs', url: null, published_on: '2020-06-04', source },
    });
    expect(item.kind === 'article' && item.article.sha256).toBe(sha256('Bridge reopens after repairs\n\nJune 4, 2020\n\nThe bridge reopened.'));
  });

  it('keeps given fields, treats a given null title as none and a null date as unknown', () => {
    const item = buildArticle({ id: 'y', text: 'A headline that looks real\nMay 2, 2019', source, title: null, url: 'https://example.com/y', published_on: null });
    expect(item).toMatchObject({ kind: 'article', article: { title: null, url: 'https://example.com/y', published_on: '2019-05-02' } });
    const dated = buildArticle({ id: 'z', text: 'Body. May 2, 2019', source, title: '  Given  ', published_on: '2020-01-01' });
    expect(dated).toMatchObject({ article: { title: 'Given', published_on: '2020-01-01' } });
  });

  it('returns an error record when the result would not be a valid article', () => {
    const item = buildArticle({ id: '', text: 'Body.', source: { path: 'dump.jsonl', line: 3 } });
    expect(item).toMatchObject({ kind: 'error', error: { item: 'dump.jsonl:3', field: 'id', code: 'invalid_record' } });
  });
});
