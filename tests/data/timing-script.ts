/**
 * Not a test: a local timing of the loader against udsv alone on a generated 1M-row referrals file.
 * Run with: npx vite-node tests/data/timing-script.ts [rows]
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initParser, type Schema } from 'udsv';
import { parse } from 'yaml';
import { loadData } from '../../src/data/load.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const folder = mkdtempSync(join(tmpdir(), 'servicespec-timing-'));
const spec = parse(readFileSync(join(import.meta.dirname, '..', '..', 'specs', 'peer-support-dover-folkestone.yaml'), 'utf8')) as ServiceSpec;
const onlyReferrals: ServiceSpec = { ...spec, datasets: { referrals: spec.datasets!.referrals } };

async function write(): Promise<string> {
  const path = join(folder, 'referrals.csv');
  const out = createWriteStream(path);
  out.write('referral_id,client_id,area,referral_date,referral_source,age_at_referral,mental_health_need,contactable,ready_to_engage,sign_up_date,service_start_date,support_plan_date,discharge_date,mecc_topics\n');
  const sources = ['self', 'primary_care', 'secondary_care', 'voluntary_sector', 'other'];
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const d = 1 + (i % 28);
    const m = 1 + (i % 12);
    const date = `2022-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
    const signed = i % 3 !== 0;
    chunk += `R${i},C${i},${i % 2 ? 'Dover' : 'Folkestone'},${date},${sources[i % 5]},${18 + (i % 70)},${i % 7 ? 'common' : 'severe_enduring'},yes,${i % 4 ? 'yes' : 'no'},${signed ? date : ''},${signed ? date : ''},,${i % 5 ? '' : date},${i % 2 ? 'alcohol;smoking' : ''}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return path;
}

async function udsvAlone(path: string): Promise<number> {
  const handle = await open(path);
  const buffer = Buffer.allocUnsafe(1 << 20);
  const decoder = new TextDecoder();
  let parser: ReturnType<typeof initParser> | undefined;
  let count = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    const text = decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
    parser ??= initParser({ skip: 1, col: ',', row: '\n', encl: null, esc: null, trim: false, cols: text.slice(0, text.indexOf('\n')).split(',').map((name) => ({ name, type: 's', repl: { empty: null, null: undefined, NaN: undefined } })) } as unknown as Schema);
    parser.chunk<string[]>(text, parser.stringArrs, () => {
      count++;
    });
  }
  parser?.end();
  await handle.close();
  return count;
}

const path = await write();
for (let run = 0; run < 3; run++) {
  let t = performance.now();
  const parsed = await udsvAlone(path);
  const floor = (performance.now() - t) / 1000;
  t = performance.now();
  const { accounting } = await loadData(onlyReferrals, { path: folder });
  const loader = (performance.now() - t) / 1000;
  console.log(`run ${run + 1}: ${parsed} rows; udsv alone ${floor.toFixed(2)} s; loadData ${loader.toFixed(2)} s (${accounting[0].read} rows, ${accounting[0].flagged} flagged); ratio ${(loader / floor).toFixed(2)}; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
}
rmSync(folder, { recursive: true, force: true });
