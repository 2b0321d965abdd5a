import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { describeLocation, diagnostic, UnusableInputError } from '../../diagnostics.js';
import { CATALOGUE, catalogueEntry } from '../../diff/catalogue.js';
import { diffSpecs, type Change } from '../../diff/compare.js';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../../diff/format.js';
import { evaluateImpact } from '../../diff/impact-run.js';
import { allChanges, reportChanges, shouldFail, type DiffReport, type FailOn, type SpecDiffReport } from '../../diff/report.js';
import { changedSpecs, loadSide, parseSide, type Side } from '../../diff/sides.js';
import type { SpecVersion } from '../../diff/version.js';
import type { CliIO, ExitCode } from '../io.js';
import { runCommand } from '../run.js';
import type { RegisterCommand } from './index.js';

interface DiffOptions {
  base?: string;
  data?: string;
  mapping?: string;
  format: string;
  output?: string;
  failOn?: string;
  explain?: string;
}

const FAIL_ON: readonly FailOn[] = ['tightened', 'breaking', 'any'];

export const registerDiff: RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => {
  program
    .command('diff')
    .description('Say what changed between two versions of a specification, and what it means for partners.')
    .argument('[old]', 'the old version: a file, or a git revision and path such as main:specs/peer-support.yaml')
    .argument('[new]', 'the new version: a file, or a git revision and path')
    .option('--base <rev>', 'compare every spec under specs/ that changed since this git revision with the working tree')
    .option('--data <dir>', 'judge both versions on this monitoring data and list the statuses that change')
    .option('--mapping <file>', "the partner's column mapping for --data")
    .option('--format <format>', `output format: ${DIFF_FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to this file instead of the screen')
    .option('--fail-on <kind>', `exit 1 when a change of this kind is present: ${FAIL_ON.join(', ')}`)
    .option('--explain <id>', 'say what a change id means (e.g. threshold-raised) and stop')
    .action(async (oldArg: string | undefined, newArg: string | undefined, options: DiffOptions) => {
      done(await runCommand(io, () => diffCommand(io, oldArg, newArg, options)));
    });
};

async function diffCommand(
  io: CliIO,
  oldArg: string | undefined,
  newArg: string | undefined,
  options: DiffOptions,
): Promise<ExitCode> {
  if (options.explain !== undefined) return explain(io, options.explain);
  const format = checkFormat(options.format);
  const failOn = checkFailOn(options.failOn);
  const pairs = await sidesToCompare(io, oldArg, newArg, options.base);
  const report: DiffReport = { specs: [] };
  for (const pair of pairs) {
    const oldVersion = pair.old ? await loadSide(pair.old, io.cwd) : undefined;
    const newVersion = pair.new ? await loadSide(pair.new, io.cwd) : undefined;
    for (const version of [oldVersion, newVersion]) if (version) warnAboutProblems(io, version);
    report.specs.push(await compareVersions(io, oldVersion, newVersion, options));
  }
  const text = formatDiff(report, format);
  if (options.output) await writeFile(path.resolve(io.cwd, options.output), text, 'utf8');
  else io.stdout(text);
  return shouldFail(allChanges(report), failOn) ? 1 : 0;
}

async function compareVersions(
  io: CliIO,
  oldVersion: SpecVersion | undefined,
  newVersion: SpecVersion | undefined,
  options: DiffOptions,
): Promise<SpecDiffReport> {
  const sources = { old: oldVersion?.sources, new: newVersion?.sources };
  if (!oldVersion || !newVersion) {
    const version = (oldVersion ?? newVersion)!;
    const added = !oldVersion;
    const change: Change = {
      id: added ? 'spec-added' : 'spec-removed',
      direction: added ? 'tightened' : 'loosened',
      subject: `spec ${version.spec.id ?? version.file}`,
      message: added ? `Specification ${version.file} added.` : `Specification ${version.file} removed.`,
      at: { kind: 'spec', file: version.file, offset: 0, length: 0 },
      side: added ? 'new' : 'old',
    };
    return { old: oldVersion?.file, new: newVersion?.file, changes: reportChanges([change], sources) };
  }
  const changes = diffSpecs(oldVersion, newVersion);
  const spec: SpecDiffReport = { old: oldVersion.file, new: newVersion.file, changes: reportChanges(changes, sources) };
  if (options.data !== undefined) {
    const impact = await evaluateImpact(oldVersion, newVersion, changes, {
      dataDir: path.resolve(io.cwd, options.data),
      mapping: options.mapping === undefined ? undefined : path.resolve(io.cwd, options.mapping),
    });
    spec.impact = impact.changes;
    spec.impactNotes = impact.notes;
  }
  return spec;
}

async function sidesToCompare(
  io: CliIO,
  oldArg: string | undefined,
  newArg: string | undefined,
  base: string | undefined,
): Promise<{ old?: Side; new?: Side }[]> {
  if (base !== undefined) {
    if (oldArg !== undefined) {
      throw unusable('--base compares the working tree with a revision by itself; leave out the two versions, or leave out --base.');
    }
    return changedSpecs(base, io.cwd);
  }
  if (oldArg === undefined || newArg === undefined) {
    throw unusable('Name the two versions to compare (servicespec diff old.yaml new.yaml, or main:specs/x.yaml specs/x.yaml), or use --base <rev>.');
  }
  return [{ old: parseSide(oldArg), new: parseSide(newArg) }];
}

/** Schema problems do not stop a diff, but a reviewer should know the spec does not lint clean. */
function warnAboutProblems(io: CliIO, version: SpecVersion): void {
  const errors = version.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  io.stderr(`Warning: ${version.file} has ${errors.length} problem${errors.length === 1 ? '' : 's'} (run servicespec lint on it); the diff compares it as it is.\n`);
  for (const d of errors.slice(0, 3)) io.stderr(`  ${d.at ? `${describeLocation(d.at, version.sources)}: ` : ''}${d.message}\n`);
}

function explain(io: CliIO, id: string): ExitCode {
  const entry = catalogueEntry(id);
  if (!entry) {
    throw unusable(`There is no change called '${id}'. The change ids are: ${[...CATALOGUE.keys()].join(', ')}.`);
  }
  const direction = entry.direction === 'varies' ? 'depends on the change (see below)' : entry.direction;
  io.stdout(`${entry.id}: ${entry.summary}\nDirection for the partner: ${direction}.\n${entry.explain}\n`);
  return 0;
}

function checkFormat(format: string): DiffFormat {
  if ((DIFF_FORMATS as readonly string[]).includes(format)) return format as DiffFormat;
  throw unusable(`--format must be one of ${DIFF_FORMATS.join(', ')}, not '${format}'.`);
}

function checkFailOn(failOn: string | undefined): FailOn | undefined {
  if (failOn === undefined || (FAIL_ON as readonly string[]).includes(failOn)) return failOn as FailOn | undefined;
  throw unusable(`--fail-on must be one of ${FAIL_ON.join(', ')}, not '${failOn}'.`);
}

function unusable(message: string): UnusableInputError {
  return new UnusableInputError([diagnostic('diff-usage', message)]);
}
