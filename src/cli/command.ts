/** What a subcommand needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stderr is an interactive terminal (progress bar instead of periodic lines). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** Full `--help` text. */
  help: string;
  /** Exit code: 0 all succeeded, 2 some items failed, 1 usage or config error. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** A usage or config error: exit 1 with this message and no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
