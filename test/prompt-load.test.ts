import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parse as parseYaml } from 'yaml';
import { loadPrompt, parsePrompt, promptLabel, PromptError } from '../src/prompt/load.js';

const PROMPT_PATH = 'prompts/extract-claims.yaml';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimsift-prompt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The shipped prompt as a plain object, to mutate into broken variants. */
async function shippedPromptData(): Promise<Record<string, unknown>> {
  return parseYaml(await readFile(PROMPT_PATH, 'utf8')) as Record<string, unknown>;
}

describe('loadPrompt on the shipped prompt', () => {
  it('loads, validates and names itself id@version#hash8', async () => {
    const prompt = await loadPrompt(PROMPT_PATH);
    expect(prompt.file.id).toBe('extract-claims');
    expect(prompt.ref.id).toBe('extract-claims');
    expect(prompt.ref.version).toBe(prompt.file.version);
    expect(prompt.ref.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(promptLabel(prompt.ref)).toBe(`extract-claims@${prompt.file.version}#${prompt.ref.sha256.slice(0, 8)}`);
  });

  it('has 2-3 few-shot examples whose quotes occur verbatim in their own text', async () => {
    const { file } = await loadPrompt(PROMPT_PATH);
    expect(file.examples.length).toBeGreaterThanOrEqual(2);
    expect(file.examples.length).toBeLessThanOrEqual(3);
    for (const example of file.examples) {
      expect(example.claims.length).toBeGreaterThan(0);
      for (const claim of example.claims) expect(example.text).toContain(claim.quote);
    }
  });

  it('covers every stance and several quantity qualifiers in its examples', async () => {
    const { file } = await loadPrompt(PROMPT_PATH);
    const claims = file.examples.flatMap((e) => e.claims);
    expect(new Set(claims.map((c) => c.stance))).toEqual(new Set(['asserts', 'denies', 'cannot_confirm']));
    const qualifiers = new Set(claims.flatMap((c) => (c.quantity ? [c.quantity.qualifier] : [])));
    expect(qualifiers.size).toBeGreaterThanOrEqual(5);
    // Ranges carry low/high and no point value, as the guidelines say.
    for (const c of claims) if (c.quantity?.qualifier === 'range') expect(c.quantity.value).toBeNull();
  });
});

describe('prompt hash', () => {
  it('does not change with key order or YAML formatting, and changes with content', async () => {
    const data = await shippedPromptData();
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    const a = parsePrompt(stringify(data), 'a.yaml');
    const b = parsePrompt(`# a comment\n${stringify(reordered, { indent: 4 })}`, 'b.yaml');
    expect(b.ref.sha256).toBe(a.ref.sha256);
    const c = parsePrompt(stringify({ ...data, guidelines: `${String(data.guidelines)}\nOne more rule.` }), 'c.yaml');
    expect(c.ref.sha256).not.toBe(a.ref.sha256);
  });
});

describe('invalid prompt files', () => {
  it('a bad example quote fails naming the example index and the quote', async () => {
    const data = await shippedPromptData();
    const examples = data.examples as Array<{ claims: Array<{ quote: string }> }>;
    const invented = 'The mayor said the bridge will reopen in May.';
    const target = examples[1]?.claims[0];
    if (!target) throw new Error('shipped prompt has too few examples for this test');
    target.quote = invented;
    const path = join(dir, 'bad-quote.yaml');
    await writeFile(path, stringify(data));
    const failure = loadPrompt(path);
    await expect(failure).rejects.toBeInstanceOf(PromptError);
    await expect(failure).rejects.toThrow(/bad-quote\.yaml/);
    await expect(failure).rejects.toThrow(/examples\.1\.claims\.0\.quote/);
    await expect(failure).rejects.toThrow(/example 1/);
    await expect(failure).rejects.toThrow(invented);
  });

  it('an unknown key fails naming the key and the file', async () => {
    const path = join(dir, 'unknown-key.yaml');
    await writeFile(path, stringify({ ...(await shippedPromptData()), temperature: 0.2 }));
    await expect(loadPrompt(path)).rejects.toThrow(/unknown-key\.yaml.*unknown key "temperature"/);
  });

  it('an unknown key inside an example is named with its path', async () => {
    const data = await shippedPromptData();
    const examples = data.examples as Array<Record<string, unknown>>;
    if (examples[0]) examples[0].title = 'x';
    expect(() => parsePrompt(stringify(data), 'p.yaml')).toThrow(/unknown key "examples\[0\]\.title"/);
  });

  it('a wrong field type fails naming the field path', () => {
    const source = stringify({
      id: 'x',
      version: '1',
      system: 's',
      guidelines: 'g',
      examples: [{ text: 'Officials said 5 people died.', claims: [{ statement: 'a', quote: 'Officials said 5 people died.', speaker: { name: null, org: 'officials' }, stance: 'claims', quantity: null, asserted_on: null }] }],
    });
    expect(() => parsePrompt(source, 'wrong.yaml')).toThrow(/wrong\.yaml.*examples\[0\]\.claims\[0\]\.stance/);
  });

  it('a missing field, broken YAML and a missing file are named too', async () => {
    expect(() => parsePrompt(stringify({ id: 'x', version: '1', system: 's' }), 'm.yaml')).toThrow(/m\.yaml.*guidelines/);
    expect(() => parsePrompt('id: [unclosed', 'broken.yaml')).toThrow(/broken\.yaml: not valid YAML/);
    await expect(loadPrompt(join(dir, 'nope.yaml'))).rejects.toThrow(/nope\.yaml: cannot read/);
  });
});
