import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { diagnostic, SourceRegistry, UnusableInputError } from '../../diagnostics.js';
import { checkCompliance } from '../../pay/compliance.js';
import { complianceFormats } from '../../pay/compliance-format.js';
import { readEvidenceRegister, readStaffRegister } from '../../pay/registers.js';
import { loadSpec } from '../../spec/load.js';
import { loadProjectConfig, PROJECT_FILE } from '../config.js';
import type { CliIO, ExitCode } from '../io.js';
import { runCommand } from '../run.js';
import type { RegisterCommand } from './index.js';

interface ComplyOptions {
  evidence?: string;
  staff?: string;
  asOf?: string;
  warnDays?: string;
  config?: string;
  format?: string;
  output?: string;
}

export const registerComply: RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => {
  program
    .command('comply')
    .description(
      "Check a delivery partner's evidence and staff registers against the spec's contract checklist. Exit 0 when every duty that applies is evidenced, 1 when there are gaps, 2 when the input cannot be used.",
    )
    .argument('[spec]', 'the specification file (YAML); defaults to spec: in servicespec.yaml')
    .option('--evidence <file>', 'the evidence register: .yaml or .csv (see docs/payment.md)')
    .option('--staff <file>', 'the staff register: .csv with staff_id, role, dbs_check_date, dbs_level, barred_lists, volunteer')
    .option('--as-of <date>', 'the day to check on, YYYY-MM-DD (default today)')
    .option('--warn-days <days>', 'report evidence lapsing within this many days (default 60)')
    .option('--config <file>', `a project file to use instead of ./${PROJECT_FILE}`)
    .option('--format <format>', 'text, md, json or html (default text)')
    .option('-o, --output <file>', 'write the report to this file instead of the screen')
    .action(async (specArgument: string | undefined, options: ComplyOptions) => {
      const files = { sources: new SourceRegistry() };
      done(await runCommand(io, () => runComply(io, specArgument, options, files), () => files.sources));
    });
};

async function runComply(io: CliIO, specArgument: string | undefined, options: ComplyOptions, files: { sources: SourceRegistry }): Promise<ExitCode> {
  const format = options.format ?? 'text';
  const formatter = Object.hasOwn(complianceFormats, format) ? complianceFormats[format] : undefined;
  if (!formatter) throw unusable('config-unknown-format', `There is no report format called "${format.slice(0, 40)}"; use one of ${Object.keys(complianceFormats).join(', ')}.`);
  const warnDays = options.warnDays === undefined ? 60 : Number(options.warnDays);
  if (!Number.isInteger(warnDays) || warnDays < 0) throw unusable('config-warn-days', `--warn-days must be a whole number of days, such as 60 (found "${String(options.warnDays).slice(0, 20)}").`);
  if (!options.evidence || !options.staff) {
    throw unusable('config-no-register', 'Name both registers: servicespec comply specs/your-spec.yaml --evidence evidence.yaml --staff staff.csv (docs/payment.md describes them).');
  }
  const config = await loadProjectConfig(io.cwd, options.config, files.sources);
  const specFile = specArgument ?? config.spec;
  if (!specFile) throw unusable('config-no-spec', `Name the specification: servicespec comply specs/your-spec.yaml --evidence … --staff …, or put "spec:" in a ${PROJECT_FILE} in this folder.`);
  const loaded = await loadSpec(specFile, { cwd: io.cwd });
  files.sources = loaded.sources;
  const specErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (specErrors.length > 0) throw new UnusableInputError(specErrors);

  const evidence = await readEvidenceRegister(resolve(io, options.evidence));
  if (evidence.source) files.sources.add(evidence.source);
  const staff = await readStaffRegister(resolve(io, options.staff));
  const report = checkCompliance(loaded.spec, evidence, staff, { asOf: options.asOf ?? today(), warnDays });

  const text = formatter(report, { sources: files.sources });
  if (options.output) {
    await writeFile(path.resolve(io.cwd, options.output), text, 'utf8');
    io.stderr(`Wrote the ${format} compliance report to ${options.output}.\n`);
  } else io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  const registerErrors = report.diagnostics.some((d) => d.severity === 'error');
  return report.gaps.length > 0 || registerErrors ? 1 : 0;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function resolve(io: CliIO, given: string): string {
  return path.isAbsolute(given) ? given : path.relative(process.cwd(), path.resolve(io.cwd, given)) || given;
}

function unusable(code: string, message: string): UnusableInputError {
  return new UnusableInputError([diagnostic(code, message)]);
}
