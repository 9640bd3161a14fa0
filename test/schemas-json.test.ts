import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, PUBLISHED_SCHEMAS } from '../schemas/json-schema.js';
import { VERSION } from '../src/version.js';

describe('published JSON Schema', () => {
  for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
    it(`schemas/json/${name}.schema.json matches the Zod schema (run npm run schemas:json)`, async () => {
      const committed = await readFile(`schemas/json/${name}.schema.json`, 'utf8');
      expect(committed).toBe(jsonSchemaText(schema));
    });
  }

  it('the version in run.json is the package version', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
