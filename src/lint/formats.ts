/**
 * How `lint` prints what it found: pure functions from results to text, in a registry so the CLI
 * and tests name them the same way.
 */

import { describeLocation, type Diagnostic, type Severity, type SourceRegistry } from '../diagnostics.js';
import type { LintResult } from './lint.js';

export interface LintFormatOptions {
  /** ANSI colour, only when a person is watching a terminal. */
  color?: boolean;
}

export type LintFormatter = (results: readonly LintResult[], sources: SourceRegistry, options?: LintFormatOptions) => string;

/** One problem with its place as a person reads it (1-based), whichever file it is in. */
export interface PlacedProblem {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: Severity;
  code: string;
  message: string;
}

export function placeProblems(results: readonly LintResult[], sources: SourceRegistry): PlacedProblem[] {
  const out: PlacedProblem[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) out.push(place(d, result.file, sources));
  }
  return out;
}

function place(d: Diagnostic, defaultFile: string, sources: SourceRegistry): PlacedProblem {
  const base = { severity: d.severity, code: d.code, message: d.message };
  if (d.at?.kind !== 'spec') return { file: d.at?.file ?? defaultFile, line: null, column: null, endLine: null, endColumn: null, ...base };
  const source = sources.get(d.at.file);
  if (!source) return { file: d.at.file, line: null, column: null, endLine: null, endColumn: null, ...base };
  const start = source.position(d.at.offset);
  const end = source.position(d.at.offset + d.at.length);
  return { file: d.at.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...base };
}

const paint = (on: boolean | undefined, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The source line of a problem with a caret under its characters. */
function codeFrame(problem: PlacedProblem, sources: SourceRegistry, color?: boolean): string[] {
  const source = sources.get(problem.file);
  if (!source || problem.line === null || problem.column === null) return [];
  const width = String(Math.min(source.lineCount, problem.line + 1)).length;
  const gutter = (n: number | ''): string => `${String(n).padStart(width)} |`;
  const lines: string[] = [];
  if (problem.line > 1) lines.push(paint(color, '2', `    ${gutter(problem.line - 1)} ${source.line(problem.line - 1)}`));
  const text = source.line(problem.line);
  lines.push(`  ${paint(color, '31;1', '>')} ${gutter(problem.line)} ${text}`);
  const sameLine = problem.endLine === problem.line && problem.endColumn !== null;
  const caretLength = sameLine ? Math.max(1, (problem.endColumn as number) - problem.column) : Math.max(1, text.length - problem.column + 1);
  const indent = text.slice(0, problem.column - 1).replace(/[^\t]/g, ' ');
  lines.push(`    ${gutter('')} ${indent}${paint(color, '31;1', '^'.repeat(caretLength))}`);
  return lines;
}

/** Grouped by file: `line:col  error  message  code`, a code frame, and a summary line. */
export const stylish: LintFormatter = (results, sources, options = {}) => {
  const { color } = options;
  const problems = placeProblems(results, sources);
  if (problems.length === 0) return `${paint(color, '32', '✔')} No problems in ${plural(results.length, 'file')}.\n`;
  const byFile = new Map<string, PlacedProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(paint(color, '4', file));
    for (const problem of list) {
      const where = problem.line === null ? '' : `${problem.line}:${problem.column}`;
      const severity = problem.severity === 'error' ? paint(color, '31', 'error') : paint(color, '33', problem.severity === 'warning' ? 'warning' : 'info');
      out.push(`  ${where.padEnd(7)}  ${severity}  ${problem.message}  ${paint(color, '2', problem.code)}`);
      out.push(...codeFrame(problem, sources, color));
      out.push('');
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const summary = `✖ ${plural(problems.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push(paint(color, errors > 0 ? '31;1' : '33;1', summary));
  return `${out.join('\n')}\n`;
};

/** One JSON array of placed problems, for tools. */
export const json: LintFormatter = (results, sources) => `${JSON.stringify(placeProblems(results, sources), null, 2)}\n`;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request. */
export const github: LintFormatter = (results, sources) => {
  const lines = placeProblems(results, sources).map((p) => {
    const command = p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warning' : 'notice';
    const props = [`file=${escapeProperty(p.file)}`];
    if (p.line !== null) props.push(`line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`, `endColumn=${p.endColumn}`);
    props.push(`title=${escapeProperty(p.code)}`);
    return `::${command} ${props.join(',')}::${escapeData(p.message)}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

export const lintFormats: Record<string, LintFormatter> = { stylish, json, github };

/** "specs/x.yaml:12:7: message" for places outside the formatters (stderr for unusable input). */
export function describeProblem(d: Diagnostic, sources: SourceRegistry): string {
  return d.at ? `${describeLocation(d.at, sources)}: ${d.message}` : d.message;
}
