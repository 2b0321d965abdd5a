/**
 * The road from a spec and a partner's data to a CheckReport, shared by `check` and `pay` so both
 * read the same project file, spec, mapping and data in the same way and judge them identically.
 */
import { timing } from '../timings.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { describeLocation, diagnostic, SourceFile, SourceRegistry, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import { calendarFor, loadData, warmUpSecondThread } from '../data/load.js';
import { loadMapping, type MappingFile } from '../data/mapping.js';
import { parseIsoDate } from '../data/dates.js';
import { checkSpecRules, toDiagnostic } from '../dsl/index.js';
import { EarlyAnswers } from '../evaluate/evaluate.js';
import { evaluateOnTwoThreads, SECOND_THREAD_MODULE } from '../evaluate/parallel.js';
import type { CheckReport } from '../evaluate/result.js';
import { loadSpec, type LoadedSpec } from '../spec/load.js';
import { loadProjectConfig, PROJECT_FILE, type ProjectConfig } from './config.js';
import type { CliIO } from './io.js';

/** The spec argument and the options of every command that runs the check pipeline (check, pay). */
export function withCheckInputs(command: Command, formats: string): Command {
  return command
    .argument('[spec]', 'the specification file (YAML)')
    .option('--data <path>', 'the data: a folder of CSV files, an .xlsx workbook, or a .json file')
    .option('--mapping <file>', "a mapping from the partner's headings, values and dates to the spec's datasets")
    .option('--config <file>', `a project file to use instead of ./${PROJECT_FILE}`)
    .option('--format <format>', `${formats} (default text)`)
    .option('-o, --output <file>', 'write the report to this file instead of the screen')
    .option('--period <label>', 'only this period, e.g. "2022/23 Q1" or "2022/23"')
    .option('--closures <days>', 'extra closure days that are not working days, e.g. 2022-12-28,2022-12-29');
}

export interface PipelineOptions {
  data?: string;
  mapping?: string;
  config?: string;
  period?: string;
  closures?: string;
}

export interface PipelineResult {
  report: CheckReport;
  loaded: LoadedSpec;
  config: ProjectConfig;
}

/**
 * Loads the project file, spec, mapping and data and evaluates the spec's targets. Unusable input
 * is thrown as UnusableInputError; `files.sources` ends holding every file read, for line:column.
 */
export async function runCheckPipeline(
  io: CliIO,
  specArgument: string | undefined,
  options: PipelineOptions,
  files: { sources: SourceRegistry },
  command = 'check',
): Promise<PipelineResult> {
  // a big data folder is read on two threads; the second one starts while the spec is read
  warmUpSecondThread();
  const config = await loadProjectConfig(io.cwd, options.config, files.sources);
  const specFile = specArgument ?? config.spec;
  if (!specFile) {
    throw unusable(
      'config-no-spec',
      `Name the specification to check: servicespec ${command} specs/your-spec.yaml --data your-data, or put "spec:" and "data:" in a ${PROJECT_FILE} in this folder.`,
    );
  }
  const dataPath = options.data ?? config.data;
  if (!dataPath) {
    throw unusable(
      'config-no-data',
      `Name the monitoring data to check with --data (a folder of CSV files, an .xlsx workbook or a .json file), or put "data:" in ${config.file ?? PROJECT_FILE}.`,
    );
  }

  const loaded = await loadSpec(specFile, { cwd: io.cwd });
  const configSource = config.file ? files.sources.get(config.file) : undefined;
  if (configSource) loaded.sources.add(configSource);
  files.sources = loaded.sources;
  const specErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (specErrors.length > 0) throw new UnusableInputError(specErrors);
  const ruleErrors = ruleProblems(loaded);
  if (ruleErrors.length > 0) throw new UnusableInputError(ruleErrors);
  const spec = loaded.spec;

  const mappingPath = options.mapping ?? config.mapping;
  let mapping: MappingFile | undefined;
  if (mappingPath) {
    const file = usablePath(io, mappingPath);
    // the mapping's own problems carry offsets in it: keep its text so they print as line:column
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) files.sources.add(new SourceFile(file, text));
    mapping = await loadMapping(file);
  }

  const closures = options.closures !== undefined ? options.closures.split(',').map((d) => d.trim()).filter(Boolean) : (config.closures ?? []);
  for (const day of closures) {
    if (parseIsoDate(day) === undefined) {
      throw unusable('config-closure-date', `The closure day "${day}" is not a real date; write closure days as YYYY-MM-DD, separated by commas.`);
    }
  }
  const mappingClosures = mapping?.mapping.closures ?? [];
  const calendar = calendarFor(spec, { ...(mapping?.mapping ?? {}), closures: [...mappingClosures, ...closures] });

  timing('spec, mapping and calendar ready');
  const progress = progressLine(io);
  // the data checks of each dataset are worked out as soon as it is in, while the rest is read
  const early = new EarlyAnswers(spec, { calendar, parameters: config.parameters });
  // the thread that reads part of a big data set stays to count half the targets
  const data = await loadData(
    spec,
    { path: usablePath(io, dataPath) },
    { mapping, onProgress: progress.update, keepThread: { warm: [SECOND_THREAD_MODULE] }, onDatasetReady: (dataset, soFar) => early.datasetReady(dataset, soFar) },
  );
  progress.phase(`Checking ${(spec.targets ?? []).length} targets…`);

  const report = await evaluateOnTwoThreads(
    spec,
    data.data,
    {
      calendar,
      periodLabel: options.period ?? config.period,
      parameters: config.parameters,
      dataFindings: data.findings,
      early,
      definedAt: (i) => {
        const at = loaded.locate(['targets', i]);
        return at ? describeLocation(at, loaded.sources) : undefined;
      },
    },
    data.thread,
  ).finally(() => data.thread?.stop());

  timing('targets evaluated');
  progress.clear();
  return { report, loaded, config };
}

/** Errors in the spec's rules, at their line and column: a spec that lint would reject cannot be run. */
function ruleProblems(loaded: LoadedSpec): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const piece of checkSpecRules({ spec: loaded.spec })) {
    for (const problem of piece.diagnostics) {
      if ((problem.severity ?? 'error') !== 'error') continue;
      problems.push(
        toDiagnostic(problem, (span) => loaded.locateInString(piece.path, span.start, Math.max(1, span.end - span.start))),
      );
    }
  }
  return problems;
}

function unusable(code: string, message: string): UnusableInputError {
  return new UnusableInputError([diagnostic(code, message)]);
}

/** Paths are given relative to the working folder; readers resolve them against the process's. */
function usablePath(io: CliIO, given: string): string {
  return path.isAbsolute(given) || path.resolve(io.cwd) === process.cwd() ? given : path.resolve(io.cwd, given);
}

/** "Read 120,000 rows…", then "Checking 14 targets…", on stderr, only when a person is watching it. */
function progressLine(io: CliIO): { update?: (rows: number) => void; phase: (text: string) => void; clear: () => void } {
  if (!io.stderrIsTTY) return { phase: () => undefined, clear: () => undefined };
  let last = 0;
  let shown = false;
  const show = (text: string): void => {
    shown = true;
    io.stderr(`\r\x1b[K${text}`);
  };
  return {
    update: (rows) => {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      show(`Read ${rows.toLocaleString('en-GB')} rows…`);
    },
    phase: show,
    clear: () => {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
