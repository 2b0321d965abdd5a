import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { SourceRegistry } from '../../diagnostics.js';
import type { CheckReport } from '../../evaluate/result.js';
import { formatReport } from '../../report/registry.js';
import { PROJECT_FILE } from '../config.js';
import type { CliIO, ExitCode } from '../io.js';
import { runCheckPipeline, withCheckInputs } from '../pipeline.js';
import { runCommand } from '../run.js';
import type { RegisterCommand } from './index.js';

interface CheckOptions {
  data?: string;
  mapping?: string;
  config?: string;
  format?: string;
  output?: string;
  period?: string;
  closures?: string;
}

export const registerCheck: RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => {
  const command = program
    .command('check')
    .description(
      `Check monitoring data against a specification's targets, per quarter, year and area. Defaults come from ${PROJECT_FILE} in this folder.`,
    );
  withCheckInputs(command, 'report format: text, md, json or html').action(async (specArgument: string | undefined, options: CheckOptions) => {
    // every file read (project file, spec, mapping), so any problem prints as file:line:column
    const files = { sources: new SourceRegistry() };
    done(
      await runCommand(
        io,
        () => runCheck(io, specArgument, options, files),
        () => files.sources,
      ),
    );
  });
};

async function runCheck(io: CliIO, specArgument: string | undefined, options: CheckOptions, files: { sources: SourceRegistry }): Promise<ExitCode> {
  const { report, config } = await runCheckPipeline(io, specArgument, options, files);

  const format = options.format ?? config.format ?? 'text';
  const output = options.output ?? config.output;
  const text = formatReport(report, format, { color: !output && io.stdoutIsTTY && !process.env.NO_COLOR });
  if (output) {
    await writeFile(path.resolve(io.cwd, output), text, 'utf8');
    io.stderr(`Wrote the ${format} report to ${output}.\n`);
  } else io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return exitCodeOf(report);
}

/** 1 when any judged target is not met; no data and monitored measures do not fail a check. */
export function exitCodeOf(report: CheckReport): ExitCode {
  return report.results.some((r) => r.status === 'not_met') ? 1 : 0;
}
