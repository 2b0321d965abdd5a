/**
 * `npm run example-data`: writes the example monitoring data for the peer-support spec into
 * examples/peer-support/ (the data the README's main command checks). Seeded, so the same seed
 * always writes the same bytes.
 *
 *   node dist/scripts/example-data.js [--seed N] [--out folder]
 */

import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { partnerMappingYaml } from './lib/partner-export.js';
import { generatePeerSupportData } from './lib/peer-support-data.js';
import { writeCsvFolder, writeJsonFile, writePartnerWorkbook } from './lib/write-data.js';

export const DEFAULT_SEED = 20211001;

/** The folder holding package.json, from wherever this file runs (scripts/ or dist/scripts/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export async function writeExampleData(outDir: string, seed = DEFAULT_SEED): Promise<Record<string, number>> {
  const rows = () => generatePeerSupportData({ seed });
  const counts = await writeCsvFolder(rows, join(outDir, 'csv'));
  await writeJsonFile(rows, join(outDir, 'data.json'));
  await writePartnerWorkbook(rows, join(outDir, 'partner-export.xlsx'));
  await writeFile(join(outDir, 'partner-mapping.yaml'), partnerMappingYaml());
  return counts;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const seedText = option(args, '--seed');
  const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    process.stderr.write(`The seed "${seedText}" is not a whole number from 0 to 4294967295; give one, e.g. --seed 7.\n`);
    return 2;
  }
  const outDir = resolve(option(args, '--out') ?? join(projectRoot(), 'examples', 'peer-support'));
  const counts = await writeExampleData(outDir, seed);
  const shown = relative(process.cwd(), outDir) || '.';
  process.stdout.write(`Wrote example data (seed ${seed}) to ${shown}: ${Object.entries(counts).map(([d, n]) => `${n} ${d}`).join(', ')}.\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`example-data stopped: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
