import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { CellState, type NumberColumn } from '../../src/data/table.js';

const scratch = mkdtempSync(join(tmpdir(), 'servicespec-columns-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('number columns', () => {
  it('hold bounded whole numbers in 32 bits and everything else as doubles, with the same values', async () => {
    const spec = {
      id: 'columns',
      title: 'Columns',
      datasets: {
        scores: {
          fields: {
            item: { type: 'integer', minimum: 1, maximum: 5 },
            extreme: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
            count: { type: 'integer', minimum: 0 },
            amount: { type: 'number', minimum: 0, maximum: 10 },
          },
        },
      },
    } as unknown as ServiceSpec;
    const folder = join(scratch, 'numbers');
    mkdirSync(folder);
    writeFileSync(join(folder, 'scores.csv'), 'item,extreme,count,amount\n5,2147483647,9007199254740991,2.5\n1,-2147483648,0,0\n6,1.5,,10\n');
    const { data } = await loadData(spec, { path: folder });
    const columns = data.tables.get('scores')!.columns;
    const column = (name: string) => columns.get(name) as NumberColumn;
    expect(column('item').values).toBeInstanceOf(Int32Array);
    expect(column('extreme').values).toBeInstanceOf(Int32Array);
    expect(column('count').values).toBeInstanceOf(Float64Array);
    expect(column('amount').values).toBeInstanceOf(Float64Array);
    expect(Array.from(column('item').values.subarray(0, 2))).toEqual([5, 1]);
    expect(Array.from(column('extreme').values.subarray(0, 2))).toEqual([2147483647, -2147483648]);
    expect(column('count').values[0]).toBe(9007199254740991);
    expect(column('amount').values[0]).toBe(2.5);
    // out of range and not whole: unreadable, not wrapped round into 32 bits
    expect(column('item').state[2]).toBe(CellState.Invalid);
    expect(column('extreme').state[2]).toBe(CellState.Invalid);
  });
});

describe('list columns', () => {
  it('read one item, several, spaced or trailing separators, and refuse an unknown item alone or among others', async () => {
    const spec = {
      id: 'lists',
      title: 'Lists',
      datasets: { people: { fields: { person: { type: 'id' }, topics: { type: 'list', values: ['alcohol', 'smoking', 'physical_health'], separator: ';' } } } },
    } as unknown as ServiceSpec;
    const folder = join(scratch, 'lists');
    mkdirSync(folder);
    const cells = ['alcohol', 'smoking;alcohol', ' physical_health ; smoking ', 'alcohol;', 'Physical Health', 'gambling', 'alcohol;gambling', '', ';'];
    writeFileSync(join(folder, 'people.csv'), `person,topics\n${cells.map((c, i) => `P${i},${c}`).join('\n')}\n`);
    const { data, findings } = await loadData(spec, { path: folder });
    const column = data.tables.get('people')!.columns.get('topics')!;
    if (column.kind !== 'list') throw new Error('not a list column');
    const read = cells.map((_, row) => (column.state[row] === CellState.Ok ? column.values[row] : column.state[row] === CellState.Absent ? 'absent' : 'invalid'));
    expect(read).toEqual([0b001, 0b011, 0b110, 0b001, 0b100, 'invalid', 'invalid', 'absent', 'absent']);
    expect(findings.filter((f) => f.code === 'data-not-in-enum').map((f) => f.message.slice(0, 10))).toEqual(['"gambling"', '"gambling"']);
  });
});
