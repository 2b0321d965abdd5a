import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { diagnostic, SourceRegistry, UnusableInputError } from '../../diagnostics.js';
import { computePayments } from '../../pay/payment.js';
import { paymentFormats } from '../../pay/payment-format.js';
import { PROJECT_FILE } from '../config.js';
import type { CliIO, ExitCode } from '../io.js';
import { runCheckPipeline, type PipelineOptions, withCheckInputs } from '../pipeline.js';
import { runCommand } from '../run.js';
import type { RegisterCommand } from './index.js';

interface PayOptions extends PipelineOptions {
  format?: string;
  output?: string;
}

export const registerPay: RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => {
  const command = program
    .command('pay')
    .description(
      `Work out payment by results: per area and quarter, the base payment, what is at risk, what each part earned and why, the deduction, the date paid, and the year-end reconciliation. Reads the same spec and data as check (defaults from ${PROJECT_FILE}). Exit 0 when the payments could be worked out, 2 when the input cannot be used; a deduction is a result, not an error.`,
    );
  withCheckInputs(command, 'text, md, json or html').action(async (specArgument: string | undefined, options: PayOptions) => {
    const files = { sources: new SourceRegistry() };
    done(
      await runCommand(
        io,
        () => runPay(io, specArgument, options, files),
        () => files.sources,
      ),
    );
  });
};

async function runPay(io: CliIO, specArgument: string | undefined, options: PayOptions, files: { sources: SourceRegistry }): Promise<ExitCode> {
  const format = options.format ?? 'text';
  const formatter = Object.hasOwn(paymentFormats, format) ? paymentFormats[format] : undefined;
  if (!formatter) {
    throw new UnusableInputError([
      diagnostic(
        'config-unknown-format',
        `There is no payment format called "${format.slice(0, 40)}"; use one of ${Object.keys(paymentFormats).join(', ')}.`,
      ),
    ]);
  }
  const { report, loaded } = await runCheckPipeline(io, specArgument, options, files, 'pay');
  const payments = computePayments(loaded.spec, report);
  const text = formatter(payments);
  if (options.output) {
    await writeFile(path.resolve(io.cwd, options.output), text, 'utf8');
    io.stderr(`Wrote the ${format} payment report to ${options.output}.\n`);
  } else io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
