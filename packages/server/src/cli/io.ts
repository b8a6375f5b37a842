/** What a CLI command may touch, so tests can run commands in-process and read their output. */
export interface CliIo {
  env: Record<string, string | undefined>;
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** Wrong usage or bad input: printed without a stack trace, exit code 1 (usage errors 2). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
