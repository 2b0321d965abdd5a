import type { Command } from 'commander';
import { diagnostic, SourceRegistry, UnusableInputError } from '../../diagnostics.js';
import { describeProblem, lintFormats } from '../../lint/formats.js';
import { lintFiles } from '../../lint/lint.js';
import type { CliIO, ExitCode } from '../io.js';
import { runCommand } from '../run.js';
import type { RegisterCommand } from './index.js';

interface LintCommandOptions {
  format: string;
}

export const registerLint: RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => {
  program
    .command('lint')
    .description('Check specifications: YAML, the spec format, rules and references between parts.')
    .argument('<files...>', 'specification files (YAML)')
    .option('--format <format>', `output format: ${Object.keys(lintFormats).join(', ')}`, 'stylish')
    .action(async (files: string[], options: LintCommandOptions) => {
      let sources: SourceRegistry | undefined;
      done(
        await runCommand(
          io,
          async () => {
            const formatter = lintFormats[options.format];
            if (!formatter) {
              throw new UnusableInputError([
                diagnostic('cli-unknown-format', `There is no lint format called '${options.format}'; use one of: ${Object.keys(lintFormats).join(', ')}.`),
              ]);
            }
            const run = await lintFiles(files, { cwd: io.cwd });
            sources = run.sources;
            const usable = run.results.filter((r) => !r.unusable);
            const unusable = run.results.filter((r) => r.unusable);
            if (usable.length > 0) io.stdout(formatter(usable, run.sources, { color: io.stdoutIsTTY }));
            for (const result of unusable) {
              for (const d of result.diagnostics) io.stderr(`${describeProblem(d, run.sources)}\n`);
            }
            if (unusable.length > 0) return 2;
            return usable.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
          },
          () => sources,
        ),
      );
    });
};
