import type { Command } from 'commander';
import { diagnostic, SourceRegistry, UnusableInputError } from '../../diagnostics.js';
import type { LintFormatter } from '../../lint/formats.js';
import type { CliIO, ExitCode } from '../io.js';
import { runCommand } from '../run.js';
import type { RegisterCommand } from './index.js';

export const LINT_FORMAT_NAMES = ['stylish', 'json', 'github'];

interface LintCommandOptions {
  format: string;
}

export const registerLint: RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => {
  program
    .command('lint')
    .description('Check specifications: YAML, the spec format, rules and references between parts.')
    .argument('<files...>', 'specification files (YAML)')
    .option('--format <format>', `output format: ${LINT_FORMAT_NAMES.join(', ')}`, 'stylish')
    .action(async (files: string[], options: LintCommandOptions) => {
      let sources: SourceRegistry | undefined;
      done(
        await runCommand(
          io,
          async () => {
            // loaded on use, so other commands do not pay for the rule parser and the schema validator
            const [{ lintFiles }, { describeProblem, lintFormats }] = await Promise.all([import('../../lint/lint.js'), import('../../lint/formats.js')]);
            const formatter: LintFormatter | undefined = lintFormats[options.format];
            if (!formatter) {
              throw new UnusableInputError([
                diagnostic('cli-unknown-format', `There is no lint format called '${options.format}'; use one of: ${LINT_FORMAT_NAMES.join(', ')}.`),
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
