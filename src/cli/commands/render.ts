import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { describeLocation, diagnostic, UnusableInputError, type SourceRegistry } from '../../diagnostics.js';
import type { Rule } from '../../dsl/ast.js';
import { parseRule } from '../../dsl/parser.js';
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
            const renderOptions = await ruleWording(loaded.spec);
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

type DescribeRule = (rule: Rule, context?: { spec: ServiceSpec }) => string;

// The DSL's plain-words describer is being written alongside this command; until src/dsl/index.ts
// exports it, targets are shown as their rule text. The specifier is a variable so the build does
// not depend on that file existing yet.
const DSL_INDEX = '../../dsl/index.js';

async function ruleWording(spec: ServiceSpec): Promise<RenderOptions> {
  const parsed = (text: string): Rule | undefined => parseRule(text).rule;
  let describe: DescribeRule | undefined;
  try {
    const dsl = (await import(DSL_INDEX)) as { describeRule?: DescribeRule };
    describe = typeof dsl.describeRule === 'function' ? dsl.describeRule : undefined;
  } catch {
    describe = undefined;
  }
  return {
    parseRule: parsed,
    describeRule: describe
      ? (text) => {
          const rule = parsed(text);
          // render falls back to the rule as written when this throws (e.g. for a bare condition)
          if (!rule) throw new Error('not a complete rule');
          return describe(rule, { spec });
        }
      : undefined,
  };
}
