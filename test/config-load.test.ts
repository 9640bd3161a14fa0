import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, deepMerge, loadPipelineConfig } from '../src/config/load.js';

async function configFile(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimsift-config-'));
  const path = join(dir, 'pipeline.yaml');
  await writeFile(path, text);
  return path;
}

describe('loadPipelineConfig', () => {
  it('loads the shipped default config with every section filled', async () => {
    const config = await loadPipelineConfig('pipeline/default.yaml');
    expect(config.extractor.kind).toBe('auto');
    expect(config.input.paths).toEqual(['evals/articles']);
    expect(config.extractor.prices['gpt-4o-mini']?.prompt_per_mtok).toBeGreaterThan(0);
  });

  it('fills defaults for missing sections', async () => {
    const config = await loadPipelineConfig(await configFile('name: tiny\n'));
    expect(config.chunking.max_chars).toBe(4000);
    expect(config.extractor.max_reasks).toBe(2);
  });

  it('rejects an unknown key naming the key and the file', async () => {
    const path = await configFile('extractor:\n  kind: rules\n  temprature: 0.2\n');
    await expect(loadPipelineConfig(path)).rejects.toThrow(ConfigError);
    await expect(loadPipelineConfig(path)).rejects.toThrow(`${path}: unknown key "extractor.temprature"`);
  });

  it('rejects a wrong type naming the field path', async () => {
    const path = await configFile('chunking:\n  max_chars: lots\n');
    await expect(loadPipelineConfig(path)).rejects.toThrow(/chunking\.max_chars/);
  });

  it('reports broken YAML with its line', async () => {
    const path = await configFile('extractor:\n  kind: [rules\n');
    await expect(loadPipelineConfig(path)).rejects.toThrow(/invalid YAML/);
  });

  it('applies overrides before validating', async () => {
    const config = await loadPipelineConfig('pipeline/default.yaml', { extractor: { kind: 'rules', concurrency: 3 } });
    expect(config.extractor.kind).toBe('rules');
    expect(config.extractor.concurrency).toBe(3);
    expect(config.extractor.max_retries).toBe(5);
  });
});

describe('deepMerge', () => {
  it('merges objects key by key and replaces arrays', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { c: 3 }, l: [9] })).toEqual({ a: { b: 1, c: 3 }, l: [9] });
  });
});
