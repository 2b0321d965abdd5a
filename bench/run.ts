/**
 * `npm run bench [-- --sizes 100000,1000000,3000000 --runs 5]`
 *
 * For each size it times `servicespec check` on the peer-support spec as a whole process (wall
 * time, and peak RSS as the operating system counts it), and in the same run the parse floor:
 * the same files through the same CSV reader doing nothing else. Each is run several times and the
 * median quoted. It also times `servicespec lint specs/*.yaml`. It prints a Markdown table and
 * writes it, with the machine it ran on, to bench/RESULTS.md.
 */

import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchDataDir, generateBenchData, projectRoot, type GeneratedCounts } from './generate.js';

interface Timing {
  seconds: number;
  maxRssMiB: number;
  exitCode: number;
}

const root = projectRoot();
const SPEC = join(root, 'specs', 'peer-support-dover-folkestone.yaml');
const CLI = join(root, 'bin', 'servicespec.js');
const FLOOR = join(root, 'dist', 'bench', 'floor.js');
const RUSAGE = join(root, 'bench', 'rusage.mjs');

function timeProcess(args: string[], cwd: string): Promise<Timing> {
  const scratch = mkdtempSync(join(tmpdir(), 'servicespec-bench-'));
  const rusageFile = join(scratch, 'rusage.json');
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', `file://${RUSAGE}`, ...args], {
      cwd,
      env: { ...process.env, BENCH_RUSAGE_FILE: rusageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const usage = existsSync(rusageFile) ? (JSON.parse(readFileSync(rusageFile, 'utf8')) as { maxRssKiB: number }) : { maxRssKiB: NaN };
      rmSync(scratch, { recursive: true, force: true });
      const exitCode = code ?? -1;
      if (exitCode > 1) reject(new Error(`${args.join(' ')} exited ${exitCode}: ${stderr.slice(0, 500)}`));
      else resolvePromise({ seconds, maxRssMiB: usage.maxRssKiB / 1024, exitCode });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Repeated {
  seconds: number;
  /** the fastest run: the least other work on the machine got in its way */
  fastest: number;
  maxRssMiB: number;
  all: number[];
}

function summary(timings: Timing[]): Repeated {
  return {
    seconds: median(timings.map((t) => t.seconds)),
    fastest: Math.min(...timings.map((t) => t.seconds)),
    maxRssMiB: median(timings.map((t) => t.maxRssMiB)),
    all: timings.map((t) => t.seconds),
  };
}

async function repeat(runs: number, args: string[], cwd: string): Promise<Repeated> {
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await timeProcess(args, cwd));
  return summary(timings);
}

/**
 * Runs of two commands taken in turn (a, b, a, b, …), so that a machine that slows down or speeds
 * up during the runs (other work on it) touches both alike and their ratio stays fair.
 */
async function repeatInTurn(runs: number, a: string[], b: string[], cwd: string): Promise<[Repeated, Repeated]> {
  const first: Timing[] = [];
  const second: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    first.push(await timeProcess(a, cwd));
    second.push(await timeProcess(b, cwd));
  }
  return [summary(first), summary(second)];
}

async function dataFor(referrals: number): Promise<{ dir: string; counts: GeneratedCounts }> {
  const dir = benchDataDir(referrals);
  const countsFile = join(dir, 'counts.json');
  if (existsSync(countsFile)) return { dir, counts: JSON.parse(readFileSync(countsFile, 'utf8')) as GeneratedCounts };
  process.stderr.write(`Generating bench data for ${referrals.toLocaleString('en-GB')} referrals in ${dir} …\n`);
  return { dir, counts: await generateBenchData(referrals, dir) };
}

/** Least squares: seconds = fixed + perRow × rows, and the largest relative distance of a size from it. */
/** check and the floor on a folder holding `dir`'s CSV files with their heading rows only. */
async function timeStartUp(dir: string, runs: number): Promise<{ check: Repeated; floor: Repeated }> {
  const empty = mkdtempSync(join(tmpdir(), 'servicespec-bench-empty-'));
  try {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const start = Buffer.alloc(1 << 16);
      const fd = openSync(join(dir, file), 'r');
      const bytes = readSync(fd, start, 0, start.length, 0);
      closeSync(fd);
      const text = start.subarray(0, bytes).toString('utf8');
      await writeFile(join(empty, file), text.slice(0, text.indexOf('\n') + 1));
    }
    const [floor, check] = await repeatInTurn(runs, [FLOOR, empty], [CLI, 'check', SPEC, '--data', empty, '--format', 'json', '-o', join(empty, 'report.json')], empty);
    return { check, floor };
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

function fittedLine(points: { rows: number; seconds: number }[]): { fixedSeconds: number; microsPerRow: number; worstResidual: number } {
  const n = points.length;
  const meanRows = points.reduce((sum, p) => sum + p.rows, 0) / n;
  const meanSeconds = points.reduce((sum, p) => sum + p.seconds, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.rows - meanRows) * (p.seconds - meanSeconds);
    variance += (p.rows - meanRows) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  const fixed = meanSeconds - slope * meanRows;
  const worstResidual = Math.max(...points.map((p) => Math.abs(p.seconds - (fixed + slope * p.rows)) / p.seconds));
  return { fixedSeconds: fixed, microsPerRow: slope * 1e6, worstResidual };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(args: string[]): Promise<number> {
  const sizes = (option(args, '--sizes') ?? '100000,1000000,3000000').split(',').map(Number);
  const runs = Number(option(args, '--runs') ?? '5');
  // other work on the machine slows every timing; say how busy it was
  const loadBefore = loadavg()[0];
  const rows: string[] = [];
  const perRow: { referrals: number; microsPerRow: number; rows: number; seconds: number; floorSeconds: number }[] = [];
  let startUp: { check: Repeated; floor: Repeated } | undefined;
  for (const referrals of sizes) {
    const { dir, counts } = await dataFor(referrals);
    // the cost of a run with no rows at all: the same files, headings only
    if (!startUp) startUp = await timeStartUp(dir, runs);
    process.stderr.write(`Timing ${referrals.toLocaleString('en-GB')} referrals (${counts.totalRows.toLocaleString('en-GB')} rows), ${runs} runs each …\n`);
    const [floor, check] = await repeatInTurn(runs, [FLOOR, dir], [CLI, 'check', SPEC, '--data', dir, '--format', 'json', '-o', join(dir, 'report.json')], dir);
    const microsPerRow = (check.seconds * 1e6) / counts.totalRows;
    perRow.push({ referrals, microsPerRow, rows: counts.totalRows, seconds: check.seconds, floorSeconds: floor.seconds });
    rows.push(
      `| ${referrals.toLocaleString('en-GB')} | ${counts.totalRows.toLocaleString('en-GB')} | ${fmt(counts.bytes / 1e6, 0)} MB | ${fmt(check.seconds, 2)} s | ${Math.round(counts.totalRows / check.seconds).toLocaleString('en-GB')} | ${fmt(check.maxRssMiB, 0)} MiB | ${fmt(floor.seconds, 2)} s | ${fmt(floor.maxRssMiB, 0)} MiB | ${fmt(check.seconds / floor.seconds, 2)}× | ${fmt(check.fastest / floor.fastest, 2)}× | ${fmt(microsPerRow, 3)} µs |`,
    );
    process.stderr.write(`  check runs: ${check.all.map((s) => fmt(s, 2)).join(', ')} s; floor runs: ${floor.all.map((s) => fmt(s, 2)).join(', ')} s\n`);
  }
  const specs = readdirSync(join(root, 'specs')).filter((f) => f.endsWith('.yaml')).map((f) => join('specs', f));
  const lint = await repeat(Math.max(5, runs), [CLI, 'lint', ...specs], root);

  const first = perRow[0];
  const last = perRow[perRow.length - 1];
  const linearity = perRow.length > 1 ? `Time per row at ${last.referrals.toLocaleString('en-GB')} referrals is ${fmt((last.microsPerRow / first.microsPerRow) * 100 - 100, 0)}% off the time per row at ${first.referrals.toLocaleString('en-GB')}.` : '';
  // the smallest size carries the fixed start-up cost (spec, schema, modules) over few rows
  const beforeLast = perRow[perRow.length - 2];
  const marginal =
    perRow.length > 2
      ? ` Between the two largest sizes it changes by ${fmt((last.microsPerRow / beforeLast.microsPerRow) * 100 - 100, 0)}%.`
      : '';
  // the same two measures of the parse floor, and of both beyond the start-up timed on headings alone
  const change = (to: number, from: number) => fmt((to / from) * 100 - 100, 0);
  const floorPerRow = (p: (typeof perRow)[number]) => p.floorSeconds / p.rows;
  const beyond = (seconds: number, base: number, rows: number) => (seconds - base) / rows;
  const startUpText =
    perRow.length > 1 && startUp
      ? ` The parse floor's own time per row changes by ${change(floorPerRow(last), floorPerRow(first))}% between the same sizes. With no rows at all (the same files, headings only) check takes ${fmt(startUp.check.seconds, 2)} s and the floor ${fmt(startUp.floor.seconds, 2)} s; beyond that start-up, time per row at ${last.referrals.toLocaleString('en-GB')} is ${change(beyond(last.seconds, startUp.check.seconds, last.rows), beyond(first.seconds, startUp.check.seconds, first.rows))}% off ${first.referrals.toLocaleString('en-GB')} for check and ${change(beyond(last.floorSeconds, startUp.floor.seconds, last.rows), beyond(first.floorSeconds, startUp.floor.seconds, first.rows))}% for the floor.`
      : '';
  const fit = perRow.length > 1 ? fittedLine(perRow) : undefined;
  const fitted = fit
    ? ` Fitted over the ${perRow.length} sizes, a check costs ${fmt(fit.fixedSeconds, 2)} s whatever the size (starting Node, loading the spec and modules) plus ${fmt(fit.microsPerRow, 3)} µs per row; no size is more than ${fmt(fit.worstResidual * 100, 0)}% off that line.`
    : '';
  const table = [
    '| referrals | rows (all datasets) | CSV size | check (median) | rows a second | check peak RSS | parse floor (median) | floor peak RSS | check ÷ floor | fastest ÷ fastest | time per row |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB memory, Node ${process.version}, ${process.platform}`;
  const text = [
    '# Benchmark results',
    '',
    `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. Median of ${runs} runs each, the parse floor and check taken in turn; "fastest ÷ fastest" divides the fastest check by the fastest floor, the runs that other work on the machine slowed least. Load average (1 min) ${fmt(loadBefore, 2)} before the first run and ${fmt(loadavg()[0], 2)} after the last (the benchmark's own runs count in it; above ${cpu.length} means other work was sharing the ${cpu.length} cores).`,
    '',
    table,
    '',
    linearity + marginal + startUpText + fitted,
    `\`servicespec lint specs/*.yaml\` (${specs.length} files): ${fmt(lint.seconds, 3)} s median, from process start to exit.`,
    '',
  ].join('\n');
  process.stdout.write(`${text}\n`);
  // notes written by hand below the generated part are kept
  const resultsFile = join(root, 'bench', 'RESULTS.md');
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  const notesAt = previous.indexOf('\n## Notes');
  await writeFile(resultsFile, notesAt >= 0 ? `${text}${previous.slice(notesAt)}` : text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
