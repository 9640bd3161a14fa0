/**
 * A small, made-up eval world for the end-to-end eval tests: two articles, their gold files, a
 * pipeline config, a two-variant suite, and a scripted model (answered by the loopback fake server)
 * whose "good" and "weak" models differ in known ways. Every expected number is worked out below.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawClaim } from '../../schemas/index.js';
import { completion, type Responder } from './fake-openai-server.js';

export const ALPHA = `Flood waters close river bridges

March 4, 2024

City engineers said 12 bridges were closed by the flood on Monday. The mayor said schools will reopen on Thursday. Officials denied that the dam had failed.
`;

export const BETA = `Bridges shut as river rises

March 5, 2024

City engineers said 12 bridges were closed by the flood. Emergency crews rescued 40 residents, the fire department said.
`;

const engineers = { name: null, org: 'City engineers' };
const bridges = { value: 12, low: null, high: null, qualifier: 'exact', unit: 'bridges' } as const;

/** The model's answers, which double as the gold claims (plus gold-only fields). */
const A1: RawClaim = { statement: 'City engineers said 12 bridges were closed by the flood.', quote: 'City engineers said 12 bridges were closed by the flood on Monday.', speaker: engineers, stance: 'asserts', quantity: { ...bridges }, asserted_on: '2024-03-04' };
const A2: RawClaim = { statement: 'The mayor said schools will reopen on Thursday.', quote: 'The mayor said schools will reopen on Thursday.', speaker: { name: null, org: 'mayor' }, stance: 'asserts', quantity: null, asserted_on: '2024-03-04' };
const A3: RawClaim = { statement: 'Officials denied that the dam had failed.', quote: 'Officials denied that the dam had failed.', speaker: { name: null, org: 'Officials' }, stance: 'denies', quantity: null, asserted_on: '2024-03-04' };
const B1: RawClaim = { statement: 'City engineers said 12 bridges were closed by the flood.', quote: 'City engineers said 12 bridges were closed by the flood.', speaker: engineers, stance: 'asserts', quantity: { ...bridges }, asserted_on: '2024-03-05' };
const B2: RawClaim = { statement: 'The fire department said emergency crews rescued 40 residents.', quote: 'Emergency crews rescued 40 residents, the fire department said.', speaker: { name: null, org: 'fire department' }, stance: 'asserts', quantity: { value: 40, low: null, high: null, qualifier: 'exact', unit: 'residents' }, asserted_on: '2024-03-05' };
/** Not in the gold: the headline restated. */
const HEADLINE_FP: RawClaim = { statement: 'Bridges were shut as the river rose.', quote: 'Bridges shut as river rises', speaker: { name: null, org: null }, stance: 'asserts', quantity: null, asserted_on: '2024-03-05' };
/** Its quote is in no article: grounding rejects it. */
const HALLUCINATED: RawClaim = { statement: 'The governor declared an emergency.', quote: 'The governor declared a state of emergency.', speaker: { name: null, org: 'governor' }, stance: 'asserts', quantity: null, asserted_on: null };

/**
 * good: every gold claim (b2 is optional), the headline (FP) and one hallucination.
 *   TP a1 a2 a3 b1 = 4, FP 1, FN 0, optional matched 1 → P 4/5, R 1, F1 8/9;
 *   grounding: 6 claims kept, 1 rejected → 6/7.
 * weak: misses a3 and reads a2's stance wrong.
 *   TP a1 a2 b1 = 3, FP 0, FN 1, optional matched 1 → P 1, R 3/4, F1 6/7; stance accuracy 2/3.
 */
export const SCRIPT: Record<string, RawClaim[]> = {
  'model-good': [A1, A2, A3, B1, B2, HEADLINE_FP, HALLUCINATED],
  'model-weak': [A1, { ...A2, stance: 'denies' }, B1, B2],
};

/** Answer each chunk with the scripted claims whose quote is in it (the hallucination rides with a1). */
export const scriptedModel: Responder = (request) => {
  const messages = request.body.messages ?? [];
  const passage = messages[messages.length - 1]?.content ?? '';
  const script = SCRIPT[request.body.model ?? ''] ?? [];
  const claims = script.filter((c) => passage.includes(c.quote) || (c === HALLUCINATED && passage.includes(A1.quote)));
  return completion({ content: JSON.stringify({ claims }), prompt_tokens: 1000, completion_tokens: 100 });
};

function goldYaml(articleId: string, publishedOn: string, claims: Array<{ id: string; required: boolean; claim: RawClaim; cluster: string | null; track: string | null }>): string {
  return `${JSON.stringify({
    article_id: articleId,
    published_on: publishedOn,
    claims: claims.map(({ id, required, claim, cluster, track }) => ({
      id,
      required,
      kind: claim.quantity ? 'quantity' : claim.stance === 'denies' ? 'denial' : 'event',
      quote: claim.quote,
      statement: claim.statement,
      speaker: claim.speaker,
      stance: claim.stance,
      quantity: claim.quantity,
      asserted_on: claim.asserted_on,
      cluster,
      track,
    })),
  }, null, 2)}\n`; // JSON is valid YAML
}

export interface EvalWorld {
  root: string;
  articles: string;
  gold: string;
  config: string;
  suite: string;
}

/** Write the world under `root`; `baseURL` is not written anywhere, it comes through the env. */
export async function writeEvalWorld(root: string): Promise<EvalWorld> {
  const articles = join(root, 'articles');
  const gold = join(root, 'gold');
  await mkdir(articles, { recursive: true });
  await mkdir(gold, { recursive: true });
  await writeFile(join(articles, 'alpha.txt'), ALPHA);
  await writeFile(join(articles, 'beta.txt'), BETA);
  await writeFile(
    join(gold, 'alpha.yaml'),
    goldYaml('alpha', '2024-03-04', [
      { id: 'a1', required: true, claim: A1, cluster: 'engineers-12-bridges', track: 'bridges-closed' },
      { id: 'a2', required: true, claim: A2, cluster: null, track: null },
      { id: 'a3', required: true, claim: A3, cluster: null, track: null },
    ]),
  );
  await writeFile(
    join(gold, 'beta.yaml'),
    goldYaml('beta', '2024-03-05', [
      { id: 'b1', required: true, claim: B1, cluster: 'engineers-12-bridges', track: 'bridges-closed' },
      { id: 'b2', required: false, claim: B2, cluster: null, track: 'residents-rescued' },
    ]),
  );
  const config = join(root, 'pipeline.yaml');
  await writeFile(
    config,
    ['name: eval-test', 'extractor:', '  kind: openai', '  max_retries: 0', '  max_reasks: 0', '  concurrency: 2', '  cache: { enabled: false, dir: .cache/unused }', ''].join('\n'),
  );
  const suite = join(root, 'suite.yaml');
  await writeFile(
    suite,
    [
      'name: flood',
      `articles: [${JSON.stringify(articles)}]`,
      `gold: ${JSON.stringify(gold)}`,
      'variants:',
      `  - { name: good, config: ${JSON.stringify(config)}, model: model-good }`,
      `  - { name: weak, config: ${JSON.stringify(config)}, model: model-weak }`,
      '',
    ].join('\n'),
  );
  return { root, articles, gold, config, suite };
}
