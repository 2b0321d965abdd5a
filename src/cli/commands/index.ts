import type { Command } from 'commander';
import type { CliIO, ExitCode } from '../io.js';

/**
 * A command registers itself on the program and reports its exit code through `done`.
 * One small file per command; this list is the only place that names them all.
 */
export type RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => void;

/**
 * Each command is imported only when it runs: `lint` must not pay for loading the workbook reader,
 * the evaluator or markdown-it, and start-up time is most of a small run.
 */
export const commands: Record<string, () => Promise<RegisterCommand>> = {
  check: async () => (await import('./check.js')).registerCheck,
  pay: async () => (await import('./pay.js')).registerPay,
  comply: async () => (await import('./comply.js')).registerComply,
  lint: async () => (await import('./lint.js')).registerLint,
  render: async () => (await import('./render.js')).registerRender,
  diff: async () => (await import('./diff.js')).registerDiff,
};
