import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { describeLocation, diagnostic, UnusableInputError, type SourceRegistry } from '../../diagnostics.js';
import type { Rule } from '../../dsl/ast.js';
import { describeExpression, describeRule, parseExpression, parseRule } from '../../dsl/index.js';
import { renderHtml } from '../../render/html.js';
import { renderMarkdown, type RenderOptions } from '../../render/markdown.js';
import { loadSpec } from '../../spec/load.js';
import type { ServiceSpec } from '../../spec/types.generated.js';
import type { CliIO, ExitCode } from '../io.js';
import { runCommand } from '../run.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['md', 'html'] as const;
type RenderFormat = (typeof FORMATS)[number];

interface RenderCommandOptions {
  format: string;
  output?: string;
}

export const registerRender: RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => {
  program
    .command('render')
    .description('Print a specification as the document people read: sections, targets, payment terms, checklist.')
    .argument('<spec>', 'the specification file (YAML)')
    .option('--format <format>', `output format: ${FORMATS.join(' or ')}`, 'md')
    .option('-o, --output <file>', 'write the document to this file instead of the screen')
    .action(async (specFile: string, options: RenderCommandOptions) => {
      let sources: SourceRegistry | undefined;
      done(
        await runCommand(
          io,
          async () => {
            const format = checkFormat(options.format);
            const loaded = await loadSpec(specFile, { cwd: io.cwd });
            sources = loaded.sources;
            const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
            if (errors.length > 0) throw new UnusableInputError(errors);
            for (const warning of loaded.diagnostics) {
              const where = warning.at ? `${describeLocation(warning.at, sources)}: ` : '';
              io.stderr(`${where}${warning.message}\n`);
            }
            const renderOptions = ruleWording(loaded.spec);
            const document = format === 'html' ? renderHtml(loaded.spec, renderOptions) : renderMarkdown(loaded.spec, renderOptions);
            if (options.output) await writeFile(path.resolve(io.cwd, options.output), document, 'utf8');
            else io.stdout(document);
            return 0;
          },
          () => sources,
        ),
      );
    });
};

function checkFormat(format: string): RenderFormat {
  const known = FORMATS.find((f) => f === format);
  if (known) return known;
  throw new UnusableInputError([
    diagnostic('config-render-format', `The format "${format}" is not one render knows; use --format md or --format html.`),
  ]);
}

/** The DSL says each target, and the eligibility condition, in plain words for the document. */
function ruleWording(spec: ServiceSpec): RenderOptions {
  const parsed = (text: string): Rule | undefined => parseRule(text).rule;
  return {
    parseRule: parsed,
    describeRule: (text) => {
      const rule = parsed(text);
      if (rule) return describeRule(rule, { spec });
      const condition = parseExpression(text).expr;
      // render shows the text as written when this throws; lint reports why it does not parse
      if (!condition) throw new Error('not a rule or condition');
      return describeExpression(condition);
    },
  };
}
