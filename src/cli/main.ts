import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { processIO, type CliIO, type ExitCode } from './io.js';

export const VERSION = '0.1.0';

/**
 * The command a person asked for, so only it is loaded; undefined for --help, --version, a typo
 * or no command, when every command is loaded so commander can list them or suggest one.
 */
function requestedCommand(argv: string[]): string | undefined {
  const first = argv.slice(2).find((arg) => !arg.startsWith('-'));
  return first !== undefined && first in commands ? first : undefined;
}

/** `servicespec --version` needs no command: loading them all cost half a second. */
function asksOnlyForVersion(argv: string[]): boolean {
  const args = argv.slice(2);
  return args.length > 0 && args.every((arg) => arg === '--version' || arg === '-V');
}

/** Runs the CLI and returns its exit code; `io` lets tests run it in-process. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<ExitCode> {
  let exitCode: ExitCode = 0;
  const program = new Command('servicespec')
    .description('Service specifications as code: lint, render, check, pay, comply, diff.')
    .version(VERSION)
    .showHelpAfterError('(run servicespec --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  const wanted = requestedCommand(argv);
  const names = wanted ? [wanted] : asksOnlyForVersion(argv) ? [] : Object.keys(commands);
  for (const name of names) {
    const register = await commands[name]();
    register(program, io, (code) => (exitCode = code));
  }
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
