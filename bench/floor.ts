/**
 * The parse floor: read and parse every CSV file of a bench data folder with the same reader
 * `check` uses (udsv, streamed in 1 MB pieces, decoded the same way) and do nothing with the rows.
 * `check` can never be faster than this; the benchmark reports its time as a multiple of it.
 *
 *   node dist/bench/floor.js <folder>
 */

import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCsv } from '../src/data/readers/csv.js';

export async function parseFloor(dir: string): Promise<number> {
  let rows = 0;
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort()) {
    const reader = await openCsv(join(dir, file), file, () => {});
    await reader.pump(() => {
      rows++;
    });
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await parseFloor(resolve(process.argv[2] ?? '.'));
  process.stdout.write(`${rows}\n`);
}
