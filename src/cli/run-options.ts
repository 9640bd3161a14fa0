import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PipelineConfig } from '../../schemas/index.js';
import { loadPipelineConfig, parsePipelineConfig } from '../config/load.js';
import type { RunOptions } from '../run/pipeline.js';
import { UsageError, type CliIO } from './command.js';

export const DEFAULT_CONFIG = 'pipeline/default.yaml';

/** Options shared by `run` and `extract`. */
export const RUN_FLAGS = {
  config: { type: 'string', short: 'c' },
  input: { type: 'string', short: 'i', multiple: true },
  out: { type: 'string', short: 'o' },
  'no-cache': { type: 'boolean', default: false },
  fresh: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const RUN_FLAGS_HELP = `Options:
  -c, --config FILE   pipeline config (default: ${DEFAULT_CONFIG}, built-in defaults if absent)
  -i, --input PATH    article file, directory, JSONL dump, or - for JSONL on stdin; repeatable
                      (default: input.paths from the config)
  -o, --out DIR       output directory (default: output.dir from the config, "out")
      --no-cache      do not read or write the model response cache
      --fresh         ignore earlier output in the out dir instead of resuming
  -q, --quiet         no progress or summary on stderr
  -h, --help          this help`;

/** Run an argument parser, turning its complaints into a usage error (exit 1). */
export function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export async function loadConfigFor(explicit: string | undefined, io: CliIO): Promise<{ config: PipelineConfig; configPath: string | null }> {
  if (explicit) return { config: await loadPipelineConfig(resolve(io.cwd, explicit)), configPath: explicit };
  if (await exists(resolve(io.cwd, DEFAULT_CONFIG))) {
    return { config: await loadPipelineConfig(resolve(io.cwd, DEFAULT_CONFIG)), configPath: DEFAULT_CONFIG };
  }
  return { config: parsePipelineConfig({}, '(built-in defaults)'), configPath: null };
}

/** Turn parsed flags into RunOptions; paths are relative to the working directory. */
export async function runOptionsFrom(
  values: { config?: string; input?: string[]; out?: string; 'no-cache'?: boolean; fresh?: boolean; quiet?: boolean },
  io: CliIO,
  signal: AbortSignal,
): Promise<RunOptions> {
  const { config, configPath } = await loadConfigFor(values.config, io);
  const inputs = values.input?.length ? values.input : config.input.paths;
  if (!inputs.length) throw new UsageError('no input: pass --input PATH or set input.paths in the config');
  const quiet = values.quiet ?? false;
  return {
    config,
    configPath,
    inputs: inputs.map((p) => (p === '-' ? p : resolve(io.cwd, p))),
    outDir: resolve(io.cwd, values.out ?? config.output.dir),
    noCache: values['no-cache'] ?? false,
    fresh: values.fresh ?? false,
    env: io.env,
    log: quiet ? () => {} : (line) => io.stderr(`${line}\n`),
    progress: quiet ? undefined : { write: io.stderr, tty: io.isTTY },
    signal,
  };
}
