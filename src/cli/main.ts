import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { processIO, type CliIO, type ExitCode } from './io.js';

export const VERSION = '0.1.0';

/** Runs the CLI and returns its exit code; `io` lets tests run it in-process. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<ExitCode> {
  let exitCode: ExitCode = 0;
  const program = new Command('servicespec')
    .description('Service specifications as code: lint, render, check, pay, diff.')
    .version(VERSION)
    .showHelpAfterError('(run servicespec --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  for (const register of commands) register(program, io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}
