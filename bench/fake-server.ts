/**
 * The loopback model server for the benchmark, in its own process so its work (and memory) is not
 * charged to the client under test. Every chat call answers after a fixed latency; GET /stats
 * reports how many chat calls arrived. Prints its base URL on stdout.
 */
import { completion, startFakeOpenAI } from '../test/support/fake-openai-server.js';

const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 100);
let chatCalls = 0;

const server = await startFakeOpenAI((request) => {
  if (request.path.endsWith('/stats')) return { status: 200, body: { chat_calls: chatCalls } };
  chatCalls += 1;
  // Keep the server lean over thousands of calls: drop what tests would inspect.
  server.requests.length = 0;
  return { ...completion({ content: '{"claims":[]}', prompt_tokens: 1200, cached_tokens: 800, completion_tokens: 40 }), delayMs: latencyMs };
});
process.stdout.write(`${server.baseURL}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
