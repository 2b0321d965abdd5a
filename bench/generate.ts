/**
 * `npm run bench:data -- --referrals N [--out folder] [--seed S]`: peer-support monitoring data of
 * any size, for the benchmark. It streams the example-data generator's rows straight to CSV files,
 * so memory stays flat at any size; the same seed and size always give the same bytes.
 *
 * The contract is the peer-support one (18 months, two areas), so N referrals means N / 3 a year
 * per area; the generator keeps the proportions of the example data (about 2.5 contacts,
 * 1.5 SWEMWBS and 0.3 exit surveys per referral).
 */

import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePeerSupportData } from '../scripts/lib/peer-support-data.js';
import { writeCsvFolder } from '../scripts/lib/write-data.js';

/** Contract years × areas of the peer-support spec: 1.5 years, Dover and Folkestone. */
const AREA_YEARS = 3;

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function benchDataDir(referrals: number): string {
  return join(projectRoot(), 'bench', 'data', String(referrals));
}

export interface GeneratedCounts {
  referrals: number;
  rows: Record<string, number>;
  totalRows: number;
  bytes: number;
}

export async function generateBenchData(referrals: number, outDir: string, seed = 7): Promise<GeneratedCounts> {
  const rows = await writeCsvFolder(
    () => generatePeerSupportData({ seed, referralsPerAreaPerYear: referrals / AREA_YEARS, dataQualityProblems: false }),
    outDir,
  );
  const { statSync, readdirSync } = await import('node:fs');
  const bytes = readdirSync(outDir)
    .filter((f) => f.endsWith('.csv'))
    .reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);
  const counts: GeneratedCounts = {
    referrals: rows.referrals,
    rows,
    totalRows: Object.values(rows).reduce((a, b) => a + b, 0),
    bytes,
  };
  await writeFile(join(outDir, 'counts.json'), `${JSON.stringify(counts, null, 2)}\n`);
  return counts;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const referrals = Number(option(args, '--referrals') ?? '100000');
  if (!Number.isInteger(referrals) || referrals < 1) {
    process.stderr.write('Give the number of referrals as a whole number, e.g. --referrals 1000000.\n');
    return 2;
  }
  const seed = Number(option(args, '--seed') ?? '7');
  const outDir = resolve(option(args, '--out') ?? benchDataDir(referrals));
  const started = performance.now();
  const counts = await generateBenchData(referrals, outDir, seed);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `Wrote ${counts.totalRows.toLocaleString('en-GB')} rows (${(counts.bytes / 1e6).toFixed(0)} MB) for ${counts.referrals.toLocaleString('en-GB')} referrals to ${outDir} in ${seconds.toFixed(1)} s.\n`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
