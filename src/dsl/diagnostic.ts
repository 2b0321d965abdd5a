import { diagnostic, type Diagnostic, type Location } from '../diagnostics.js';
import type { Span } from './ast.js';

/**
 * A problem in one rule's text. The span is 0-based offsets into that text; whoever read the
 * text from a file (the spec loader, lint) adds the text's own place to report line:column.
 */
export interface DslDiagnostic {
  /** stable code, `dsl-…` (syntax) or `type-…` (names and types); listed in docs/language.md */
  code: string;
  message: string;
  span: Span;
  /** 'error' when absent */
  severity?: 'error' | 'warning';
}

export function dslError(code: string, message: string, span: Span): DslDiagnostic {
  return { code, message, span: { start: span.start, end: span.end } };
}

export function dslWarning(code: string, message: string, span: Span): DslDiagnostic {
  return { code, message, span: { start: span.start, end: span.end }, severity: 'warning' };
}

/**
 * The library's Diagnostic for a rule problem. `locate` maps a span of the rule text to a place
 * in the file the rule came from (the spec loader knows how a YAML block scalar was indented).
 */
export function toDiagnostic(problem: DslDiagnostic, locate: (span: Span) => Location | undefined): Diagnostic {
  return diagnostic(problem.code, problem.message, locate(problem.span), { severity: problem.severity ?? 'error' });
}
