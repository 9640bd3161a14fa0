// `npm run schemas:json` rewrites schemas/json/*.schema.json from the Zod schemas.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, PUBLISHED_SCHEMAS } from './json-schema.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'json');
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
  await writeFile(join(dir, `${name}.schema.json`), jsonSchemaText(schema));
}
console.log(`wrote ${Object.keys(PUBLISHED_SCHEMAS).length} JSON Schema files to ${dir}`);
