import { ConfigError } from '../config/load.js';
import { DataFileError } from '../io/json.js';
import { JsonlError } from '../io/jsonl.js';
import { VERSION } from '../version.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { evalCommand } from './commands/eval.js';
import { reconcileCommand } from './commands/reconcile.js';
import { extractCommand, runCommand } from './commands/run.js';

const COMMANDS: Command[] = [runCommand, extractCommand, reconcileCommand, evalCommand];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `claimsift ${VERSION}: attributed, source-grounded claims from news articles

Usage: claimsift <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`claimsift <command> --help\` for a command's options.
With no OPENAI_API_KEY or OPENAI_BASE_URL set, extraction uses the embedded offline extractor.`;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

/** Entry point: returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${topHelp()}\n`);
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`claimsift: unknown command "${name}"\n\n${topHelp()}\n`);
    return 1;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof JsonlError || error instanceof DataFileError) {
      io.stderr(`claimsift ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
