import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

const scratch = mkdtempSync(join(tmpdir(), 'servicespec-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const spec = {
  id: 'links',
  title: 'Links',
  datasets: {
    referrals: { key: 'referral_id', fields: { referral_id: { type: 'id', required: true } } },
    contacts: {
      order_by: 'contact_date',
      fields: { referral_id: { type: 'id', required: true }, contact_date: { type: 'date' } },
      links: { referral: { field: 'referral_id', to: 'referrals' } },
    },
  },
} as unknown as ServiceSpec;

/** Each parent's children as contact row numbers (0-based), in the order the link lists them. */
async function childrenByParent(name: string, contacts: string[]): Promise<number[][]> {
  const folder = join(scratch, name);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  writeFileSync(join(folder, 'referrals.csv'), 'referral_id\nR1\nR2\nR3\n');
  writeFileSync(join(folder, 'contacts.csv'), `referral_id,contact_date\n${contacts.join('\n')}\n`);
  const { data } = await loadData(spec, { path: folder });
  const link = data.links.get('contacts->referrals')!;
  const result: number[][] = [];
  for (let p = 0; p < 3; p++) result.push(Array.from(link.childRows.subarray(link.childStart[p], link.childStart[p + 1])));
  return result;
}

describe('children of each parent', () => {
  it('keeps rows already in date order as they are', async () => {
    const rows = ['R1,2022-01-01', 'R1,2022-01-05', 'R2,2022-01-02', 'R1,2022-01-05', 'R3,', 'R2,2022-03-01'];
    expect(await childrenByParent('ordered', rows)).toEqual([[0, 1, 3], [2, 5], [4]]);
  });

  it('orders them by date, ties in source order and blank or unreadable dates last, when the file does not', async () => {
    const rows = ['R1,2022-02-01', 'R2,not a date', 'R1,2022-01-05', 'R2,2022-01-02', 'R1,', 'R1,2022-01-05', 'R2,2021-12-31', 'R3,2022-01-01'];
    // R1: 2022-01-05 (row 2), 2022-01-05 (row 5), 2022-02-01 (row 0), blank (row 4)
    expect(await childrenByParent('unordered', rows)).toEqual([[2, 5, 0, 4], [6, 3, 1], [7]]);
  });
});
