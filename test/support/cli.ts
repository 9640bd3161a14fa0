import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output and an explicit environment (no key unless given). */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env,
    cwd: process.cwd(),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `claimsift-${prefix}-`));
}

/** A copy of the seed articles in a fresh directory, to add bad inputs beside them. */
export async function seedCopy(): Promise<string> {
  const dir = await tempDir('seeds');
  await cp('evals/articles', dir, { recursive: true });
  return dir;
}
