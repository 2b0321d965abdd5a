import type { Command } from 'commander';
import type { CliIO, ExitCode } from '../io.js';
import { registerCheck } from './check.js';
import { registerComply } from './comply.js';
import { registerDiff } from './diff.js';
import { registerLint } from './lint.js';
import { registerPay } from './pay.js';
import { registerRender } from './render.js';

/**
 * A command registers itself on the program and reports its exit code through `done`.
 * One small file per command; this list is the only place that names them all.
 */
export type RegisterCommand = (program: Command, io: CliIO, done: (code: ExitCode) => void) => void;

export const commands: RegisterCommand[] = [registerCheck, registerDiff, registerLint, registerRender, registerPay, registerComply];
