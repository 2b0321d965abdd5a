import { describeLocation, UnusableInputError, type SourceRegistry } from '../diagnostics.js';
import type { CliIO, ExitCode } from './io.js';

/**
 * The one wrapper that maps what a command did to an exit code. Commands return 0 or 1; input we
 * cannot use is thrown as UnusableInputError and becomes exit 2 with its messages. Anything else is
 * a bug in servicespec: it is reported in one plain sentence (the stack only with SERVICESPEC_DEBUG=1).
 */
export async function runCommand(
  io: CliIO,
  body: () => Promise<ExitCode>,
  sources?: () => SourceRegistry | undefined,
): Promise<ExitCode> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UnusableInputError) {
      for (const d of error.diagnostics) {
        const where = d.at ? `${describeLocation(d.at, sources?.())}: ` : '';
        io.stderr(`${where}${d.message}\n`);
      }
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`servicespec stopped on an internal error: ${message}\n`);
    io.stderr('This is a bug in servicespec, not in your files. Please report it with the command you ran.\n');
    if (process.env.SERVICESPEC_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
