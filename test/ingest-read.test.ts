import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleSchema, ErrorRecordSchema, type Article, type ErrorRecord } from '../schemas/index.js';
import { countItems, readArticles, type IngestItem } from '../src/ingest/index.js';
import { sha256 } from '../src/util/hash.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'ingest');
let dir = '';

async function collect(gen: AsyncGenerator<IngestItem>): Promise<{ articles: Article[]; errors: ErrorRecord[]; order: string[] }> {
  const articles: Article[] = [];
  const errors: ErrorRecord[] = [];
  const order: string[] = [];
  for await (const item of gen) {
    if (item.kind === 'article') {
      articles.push(ArticleSchema.parse(item.article));
      order.push(`article:${item.article.id}`);
    } else {
      errors.push(ErrorRecordSchema.parse(item.error));
      order.push(`error:${item.error.code}`);
    }
  }
  return { articles, errors, order };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimsift-ingest-'));
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \r\n\n');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Le caf\u00e9 a ferm\u00e9 ses portes.', 'latin1'));
  writeFileSync(join(dir, 'huge.txt'), 'A long line of text. '.repeat(200));
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, '.hidden.txt'), 'Hidden files are skipped.');
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'windows.txt'), '\uFEFFRoad reopens after landslide clears\r\n\r\nOct. 2, 2019\r\n\r\nCrews cleared the road.   \r\nTraffic resumed.\r\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readArticles over a directory', () => {
  it('yields good articles and an error for every bad item, in sorted path order', async () => {
    const { articles, errors, order } = await collect(readArticles([dir], { maxBytes: 1000 }));
    expect(order).toEqual([
      'error:empty_file', // blank.txt (whitespace only)
      'article:rec-1', // dump.jsonl:1
      'error:bad_json', // dump.jsonl:2
      'error:invalid_record', // dump.jsonl:3
      'article:rec-4', // dump.jsonl:5
      'error:duplicate_id', // dump.jsonl:6
      'error:empty_file', // empty.txt
      'error:too_large', // huge.txt
      'error:binary_file', // image.txt
      'error:not_utf8', // latin1.txt
      'article:windows', // nested/windows.txt
      'error:unsupported_type', // notes.pdf
      'article:page', // page.html
      'article:story', // story.md
    ]);

    const byItem = new Map(errors.map((e) => [e.item.replace(dir, '<dir>'), e]));
    expect(byItem.get('<dir>/dump.jsonl:2')?.code).toBe('bad_json');
    expect(byItem.get('<dir>/dump.jsonl:3')).toMatchObject({ code: 'invalid_record', field: 'text', stage: 'ingest' });
    expect(byItem.get('<dir>/dump.jsonl:6')).toMatchObject({ code: 'duplicate_id', field: 'id' });
    expect(byItem.get('<dir>/dump.jsonl:6')?.reason).toContain('"rec-1" already used by');
    expect(byItem.get('<dir>/huge.txt')?.reason).toContain('4200 bytes');
    expect(byItem.get('<dir>/latin1.txt')?.code).toBe('not_utf8');

    for (const article of articles) expect(article.sha256).toBe(sha256(article.text));
  });

  it('reads JSONL records with their own fields, cleaned text and line-numbered sources', async () => {
    const { articles } = await collect(readArticles([join(dir, 'dump.jsonl')], { maxBytes: 1000 }));
    const [first, fourth] = articles;
    expect(first).toMatchObject({
      id: 'rec-1',
      title: 'Port strike ends after two weeks',
      url: 'https://example.com/port',
      published_on: '2021-06-01',
      text: 'Dock workers returned on Monday.\nThe union said 3,000 members voted to accept the deal.',
      source: { path: join(dir, 'dump.jsonl'), line: 1 },
    });
    expect(fourth).toMatchObject({
      id: 'rec-4',
      title: null,
      url: null,
      published_on: '2021-03-03',
      text: 'Published March 3, 2021\n\nThe museum said it received 12 new paintings.\nA curator confirmed the gift.',
      source: { line: 5 },
    });
  });

  it('cleans .txt (BOM, CRLF, trailing spaces) and takes title and dateline from the text', async () => {
    const { articles } = await collect(readArticles([join(dir, 'nested')], { maxBytes: 1000 }));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: 'windows',
      title: 'Road reopens after landslide clears',
      published_on: '2019-10-02',
      text: 'Road reopens after landslide clears\n\nOct. 2, 2019\n\nCrews cleared the road.\nTraffic resumed.',
      source: { line: null },
    });
  });

  it('turns HTML into lines of text and Markdown into an article with its heading as title', async () => {
    const { articles } = await collect(readArticles([join(dir, 'page.html'), join(dir, 'story.md')], { maxBytes: 5000 }));
    const [page, story] = articles;
    expect(page?.title).toBe('Flood waters recede in river towns');
    expect(page?.published_on).toBe('2022-08-14');
    expect(page?.text).toBe(
      [
        'Flood waters recede in river towns',
        '',
        'Aug. 14, 2022',
        '',
        'Officials said about 1,200 homes were damaged, and crews expect repairs to take \u201cseveral months.\u201d',
        '',
        'Residents\' insurance claims rose & the state opened three shelters.',
        'More shelters may open.',
        '',
        'A flooded street in the town centre.',
      ].join('\n'),
    );
    expect(page?.text).not.toContain('tracking');
    expect(page?.text).not.toContain('Home');
    expect(story).toMatchObject({ id: 'story', title: 'Council approves new budget for city parks', published_on: '2023-03-02' });
    expect(story?.text.startsWith('# Council approves')).toBe(true);
  });

  it('reports a path that does not exist and carries on', async () => {
    const { order, errors } = await collect(readArticles([join(dir, 'missing.txt'), join(dir, 'story.md')], { maxBytes: 5000 }));
    expect(order).toEqual(['error:not_found', 'article:story']);
    expect(errors[0]?.item).toBe(join(dir, 'missing.txt'));
  });
});

describe('readArticles from stdin', () => {
  it('reads JSONL from "-" and names stdin lines as -:N', async () => {
    const input = '{"id":"s1","text":"First."}\n{"id":"s2"}\n{"id":"s3","text":"Third."}';
    const stdin = Readable.from([Buffer.from(input.slice(0, 20)), Buffer.from(input.slice(20))]);
    const { articles, errors } = await collect(readArticles(['-'], { maxBytes: 1000, stdin }));
    expect(articles.map((a) => [a.id, a.source.path, a.source.line])).toEqual([
      ['s1', '-', 1],
      ['s3', '-', 3],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ item: '-:2', field: 'text' });
  });

  it('streams a large dump and rejects only the over-size line', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) lines.push(JSON.stringify({ id: `a${i}`, text: `Article number ${i} says something.` }));
    lines[1234] = JSON.stringify({ id: 'big', text: 'x'.repeat(5000) });
    const stdin = Readable.from((function* () {
      for (const line of lines) yield Buffer.from(`${line}\r\n`);
    })());
    const { articles, errors } = await collect(readArticles(['-'], { maxBytes: 2000, stdin }));
    expect(articles).toHaveLength(4999);
    expect(errors).toEqual([expect.objectContaining({ item: '-:1235', code: 'too_large' })]);
    expect(articles[4998]?.text).toBe('Article number 4999 says something.');
  });
});

describe('countItems', () => {
  it('counts files and JSONL lines under the paths, and gives up on stdin', async () => {
    const { articles, errors } = await collect(readArticles([dir], { maxBytes: 1000 }));
    // Every supported file and every JSONL line is one item (article or error); unsupported files are not.
    const unsupported = errors.filter((e) => e.code === 'unsupported_type').length;
    expect(await countItems([dir])).toBe(articles.length + errors.length - unsupported);
    expect(await countItems([dir, '-'])).toBeNull();
  });
});
