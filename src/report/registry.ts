/**
 * Report formats by name, as Spectral keeps its formatters: each is a pure function from a
 * CheckReport to text, so `check --format` and tests call the same thing.
 */

import { diagnostic, UnusableInputError } from '../diagnostics.js';
import type { CheckReport } from '../evaluate/result.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export interface FormatOptions {
  /** ANSI colour; the CLI sets it only when writing to a terminal */
  color: boolean;
}

export type Formatter = (report: CheckReport, opts: FormatOptions) => string;

export const formats: Record<string, Formatter> = {
  text: formatText,
  md: formatMarkdown,
  json: formatJson,
  html: formatHtml,
};

export function formatNames(): string[] {
  return Object.keys(formats);
}

/** Unknown names are unusable input (exit 2) with the list of names that exist. */
export function formatReport(report: CheckReport, name: string, opts: FormatOptions): string {
  const formatter = Object.hasOwn(formats, name) ? formats[name] : undefined;
  if (!formatter) {
    throw new UnusableInputError([
      diagnostic(
        'config-unknown-format',
        `There is no report format called "${name}"; use one of ${formatNames().join(', ')}.`,
        undefined,
        { value: name.slice(0, 40) },
      ),
    ]);
  }
  return formatter(report, opts);
}
