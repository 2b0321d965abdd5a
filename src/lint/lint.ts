/**
 * `lint`: everything that can be known about a spec without monitoring data. Schema and YAML
 * problems come from the loader, reference problems from crossref, and rule problems from the DSL,
 * placed at the exact characters of the rule inside the YAML file.
 */

import { SourceRegistry, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import { checkExpression, checkRule, parseExpression, parseRule, type DslDiagnostic } from '../dsl/index.js';
import { checkReferences } from '../spec/crossref.js';
import { loadSpec, type LoadedSpec, type LoadOptions } from '../spec/load.js';
import type { SpecPath } from '../spec/source.js';
import type { ServiceSpec } from '../spec/types.generated.js';

export interface LintResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The file could not be read at all (exit code 2). */
  unusable?: boolean;
}

export interface LintRun {
  results: LintResult[];
  sources: SourceRegistry;
}

/** Lints each file; a problem in a shared base file is reported once, with the first file that extends it. */
export async function lintFiles(files: string[], options: LoadOptions = {}): Promise<LintRun> {
  const sources = options.sources ?? new SourceRegistry();
  const results: LintResult[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    let loaded: LoadedSpec;
    try {
      loaded = await loadSpec(file, { ...options, sources });
    } catch (error) {
      if (error instanceof UnusableInputError) {
        results.push({ file, diagnostics: error.diagnostics, unusable: true });
        continue;
      }
      throw error;
    }
    const diagnostics = lintLoaded(loaded).filter((d) => {
      const key = d.at?.kind === 'spec' ? `${d.code}\u0000${d.at.file}\u0000${d.at.offset}\u0000${d.message}` : undefined;
      if (key === undefined) return true;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    });
    results.push({ file, diagnostics });
  }
  return { results, sources };
}

/** Every problem of one loaded spec, in file order. */
export function lintLoaded(loaded: LoadedSpec): Diagnostic[] {
  const diagnostics = [...loaded.diagnostics];
  const trusted = !diagnostics.some((d) => d.severity === 'error' && (d.code.startsWith('yaml-syntax') || d.code.startsWith('schema-')));
  diagnostics.push(...checkReferences(loaded.spec, loaded));
  diagnostics.push(...checkRules(loaded, trusted));
  return sortByPlace(diagnostics);
}

function checkRules(loaded: LoadedSpec, trusted: boolean): Diagnostic[] {
  const spec = loaded.spec;
  const out: Diagnostic[] = [];
  const place = (path: SpecPath, problems: DslDiagnostic[]): void => {
    for (const problem of problems) {
      const at = loaded.locateInString(path, problem.span.start, Math.max(0, problem.span.end - problem.span.start));
      out.push({ code: problem.code, severity: problem.severity ?? 'error', message: problem.message, at });
    }
  };
  // A spec with schema errors may be shaped in ways the type checker does not expect; its rules are
  // still parsed, and type checked as far as that goes without failing.
  const guarded = (check: () => DslDiagnostic[]): DslDiagnostic[] => {
    if (trusted) return check();
    try {
      return check();
    } catch {
      return [];
    }
  };
  const ctx = { spec };
  const targets = Array.isArray(spec.targets) ? spec.targets : [];
  targets.forEach((target, i) => {
    if (typeof target?.rule !== 'string') return;
    const path = ['targets', i, 'rule'];
    const parsed = parseRule(target.rule);
    place(path, parsed.diagnostics);
    const rule = parsed.rule;
    if (rule) place(path, guarded(() => checkRule(rule, ctx)));
  });
  const expression = (text: unknown, dataset: string, path: SpecPath): void => {
    if (typeof text !== 'string') return;
    const parsed = parseExpression(text);
    place(path, parsed.diagnostics);
    const expr = parsed.expr;
    if (expr) place(path, guarded(() => checkExpression(expr, dataset, ctx)));
  };
  const datasets = spec.datasets && typeof spec.datasets === 'object' ? spec.datasets : {};
  for (const [name, dataset] of Object.entries(datasets)) {
    if (!dataset || typeof dataset !== 'object') continue;
    for (const [field, derived] of Object.entries(dataset.derived ?? {})) expression(derived?.expr, name, ['datasets', name, 'derived', field, 'expr']);
    (Array.isArray(dataset.checks) ? dataset.checks : []).forEach((check, i) => expression(check?.rule, name, ['datasets', name, 'checks', i, 'rule']));
  }
  const eligibility = spec.eligibility;
  if (typeof eligibility?.rule === 'string' && typeof eligibility.dataset === 'string' && eligibility.dataset in datasets) {
    expression(eligibility.rule, eligibility.dataset, ['eligibility', 'rule']);
  }
  return out;
}

function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): [string, number] => (d.at?.kind === 'spec' ? [d.at.file, d.at.offset] : ['', -1]);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const [fa, oa] = key(a.d);
      const [fb, ob] = key(b.d);
      return fa === fb ? oa - ob || a.i - b.i : fa < fb ? -1 : 1;
    })
    .map(({ d }) => d);
}

export type { ServiceSpec };
