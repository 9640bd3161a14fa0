import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepMerge, expandVariants, loadSuite, parseSuite, SuiteError, variantOverrides } from '../src/eval/suite.js';

const VALID = `
name: demo
articles: [evals/articles]
variants:
  - name: rules
    config: pipeline/default.yaml
    extractor: rules
  - name: model-a
    config: pipeline/default.yaml
    extractor: openai
    model: small-model
    prompt: prompts/extract-claims.yaml
    overrides:
      extractor: { temperature: 0.2 }
      chunking: { max_chars: 3000 }
`;

describe('suite validation', () => {
  it('accepts a valid suite and fills defaults', () => {
    const suite = parseSuite(VALID, 'demo.yaml');
    expect(suite.gold).toBe('evals/gold');
    expect(suite.match_threshold).toBe(0.5);
    expect(suite.variants.map((v) => v.name)).toEqual(['rules', 'model-a']);
  });

  it('names the file and the full path of an unknown key', () => {
    const typo = VALID.replace('    model: small-model', '    modle: small-model');
    expect(() => parseSuite(typo, 'evals/suites/demo.yaml')).toThrow(SuiteError);
    expect(() => parseSuite(typo, 'evals/suites/demo.yaml')).toThrow('evals/suites/demo.yaml: unknown key "variants[1].modle"');
    expect(() => parseSuite(`${VALID}\nthreshold: 0.4\n`, 's.yaml')).toThrow('s.yaml: unknown key "threshold"');
  });

  it('names the file and key of a bad value', () => {
    const bad = VALID.replace('extractor: rules', 'extractor: magic');
    expect(() => parseSuite(bad, 's.yaml')).toThrow(/^s\.yaml: variants\[0\]\.extractor: /);
    expect(() => parseSuite('name: x\narticles: []\nvariants: []\n', 's.yaml')).toThrow(/s\.yaml: articles: /);
  });

  it('needs at least one variant, with unique names', () => {
    expect(() => parseSuite('name: x\narticles: [a]\n', 's.yaml')).toThrow(/at least one variant/);
    const dup = 'name: x\narticles: [a]\nvariants:\n  - { name: v, config: c.yaml }\n  - { name: v, config: d.yaml }\n';
    expect(() => parseSuite(dup, 's.yaml')).toThrow('duplicate variant name "v"');
  });

  it('reports YAML syntax errors with the file', () => {
    expect(() => parseSuite('name: [unclosed', 'broken.yaml')).toThrow(/^broken\.yaml: not valid YAML/);
  });
});

describe('variants', () => {
  it('expands a matrix of extractor kinds × models × prompts after the explicit variants', () => {
    const suite = parseSuite(
      `name: m
articles: [a]
variants: [{ name: base, config: c.yaml }]
matrix:
  config: c.yaml
  extractors: [openai]
  models: [model-x, Model/Y]
  prompts: [prompts/p1.yaml, prompts/p2.yaml]
`,
      'm.yaml',
    );
    const variants = expandVariants(suite);
    expect(variants.map((v) => v.name)).toEqual([
      'base',
      'openai-model-x-p1',
      'openai-model-x-p2',
      'openai-model-y-p1',
      'openai-model-y-p2',
    ]);
    expect(variants[4]).toEqual({ name: 'openai-model-y-p2', config: 'c.yaml', extractor: 'openai', model: 'Model/Y', prompt: 'prompts/p2.yaml' });
  });

  it('turns shorthands into extractor overrides, with explicit overrides deep-merged on top', () => {
    const suite = parseSuite(VALID, 'demo.yaml');
    expect(variantOverrides(suite.variants[0]!)).toEqual({ extractor: { kind: 'rules' } });
    expect(variantOverrides(suite.variants[1]!)).toEqual({
      extractor: { kind: 'openai', model: 'small-model', prompt: 'prompts/extract-claims.yaml', temperature: 0.2 },
      chunking: { max_chars: 3000 },
    });
    expect(deepMerge({ a: { b: 1, c: [1] } }, { a: { c: [2] } })).toEqual({ a: { b: 1, c: [2] } });
  });
});

describe('loadSuite', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimsift-suite-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file and names it in errors', async () => {
    const path = join(dir, 'ok.yaml');
    await writeFile(path, VALID);
    expect((await loadSuite(path)).name).toBe('demo');
    await expect(loadSuite(join(dir, 'missing.yaml'))).rejects.toThrow(/missing\.yaml: cannot read suite \(ENOENT\)/);
  });

  it('the committed suites validate', async () => {
    const seeds = await loadSuite('evals/suites/seeds.yaml');
    expect(expandVariants(seeds).map((v) => v.name)).toEqual(['rules']);
    const models = await loadSuite('evals/suites/models.yaml');
    expect(expandVariants(models).map((v) => v.name)).toEqual(['rules', 'openai-gpt-4o-mini-extract-claims', 'openai-gpt-4.1-mini-extract-claims']);
  });
});
