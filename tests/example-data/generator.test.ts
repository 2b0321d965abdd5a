import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatDay, parseIsoDate, parseUkDate } from '../../src/data/dates.js';
import { DataInput, DayValue, type RawCell } from '../../src/data/readers/index.js';
import { DEFAULT_SEED, writeExampleData } from '../../scripts/example-data.js';
import { isoToUkText, partnerMapping, partnerMappingYaml, PARTNER_SHEETS } from '../../scripts/lib/partner-export.js';
import {
  DATA_QUALITY_PROBLEMS,
  generatePeerSupportData,
  PEER_SUPPORT_DATASETS,
  PEER_SUPPORT_FIELDS,
  type GeneratedRow,
  type PeerSupportDataset,
} from '../../scripts/lib/peer-support-data.js';
import { Random } from '../../scripts/lib/random.js';
import { csvCell } from '../../scripts/lib/write-data.js';

const root = new URL('../../', import.meta.url).pathname;
const scratch: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'servicespec-example-'));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Every file under dir, relative path → bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full.slice(dir.length + 1), readFileSync(full));
  }
  return out;
}

function byDataset(rows: Iterable<GeneratedRow>): Record<PeerSupportDataset, GeneratedRow['row'][]> {
  const out = Object.fromEntries(PEER_SUPPORT_DATASETS.map((d) => [d, []])) as unknown as Record<PeerSupportDataset, GeneratedRow['row'][]>;
  for (const { dataset, row } of rows) out[dataset].push(row);
  return out;
}

describe('Random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws integers inside the bounds, both ends reached, and Poisson counts with the right mean', () => {
    const r = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    for (const mean of [0.5, 4, 200]) {
      let sum = 0;
      for (let i = 0; i < 4000; i++) sum += r.poisson(mean);
      expect(sum / 4000).toBeGreaterThan(mean * 0.93);
      expect(sum / 4000).toBeLessThan(mean * 1.07);
    }
  });
});

describe('peer-support rows', () => {
  const rows = byDataset(generatePeerSupportData({ seed: DEFAULT_SEED }));
  const referralDates = new Map(rows.referrals.map((r) => [r.referral_id as string, parseIsoDate(String(r.referral_date))]));

  it('have exactly the fields the spec declares for each dataset', () => {
    const spec = parseYaml(readFileSync(join(root, 'specs/peer-support-dover-folkestone.yaml'), 'utf8'));
    for (const dataset of PEER_SUPPORT_DATASETS) {
      expect([...PEER_SUPPORT_FIELDS[dataset]]).toEqual(Object.keys(spec.datasets[dataset].fields));
      for (const row of rows[dataset]) expect(Object.keys(row).sort()).toEqual([...PEER_SUPPORT_FIELDS[dataset]].sort());
    }
  });

  it('cover the contract with realistic volumes for Dover and Folkestone', () => {
    const years = 1.5;
    for (const area of ['Dover', 'Folkestone']) {
      const n = rows.referrals.filter((r) => r.area === area).length;
      expect(n / years).toBeGreaterThanOrEqual(100);
      expect(n / years).toBeLessThanOrEqual(150);
    }
    const valid = [...referralDates.values()].filter((d): d is number => d !== undefined);
    expect(formatDay(Math.min(...valid)) < '2021-10-15').toBe(true);
    expect(formatDay(Math.max(...valid)) > '2023-03-15').toBe(true);
    expect(valid.every((d) => formatDay(d) >= '2021-10-01' && formatDay(d) <= '2023-03-31')).toBe(true);
    const perReferral = (d: PeerSupportDataset) => rows[d].length / rows.referrals.length;
    expect(perReferral('contacts')).toBeGreaterThan(2);
    expect(perReferral('contacts')).toBeLessThan(3);
    expect(perReferral('wellbeing')).toBeGreaterThan(1.2);
    expect(perReferral('wellbeing')).toBeLessThan(1.8);
    expect(perReferral('exit_surveys')).toBeGreaterThan(0.2);
    expect(perReferral('exit_surveys')).toBeLessThan(0.45);
  });

  it('have mostly prompt first contacts, some late, and Folkestone slower during its summer 2022 vacancy', () => {
    const firstContact = new Map<string, number>();
    for (const c of rows.contacts) {
      const d = parseIsoDate(String(c.contact_date))!;
      const id = c.referral_id as string;
      if (!firstContact.has(id) || d < firstContact.get(id)!) firstContact.set(id, d);
    }
    const late = (area: string, from: string, to: string) => {
      const inRange = rows.referrals.filter((r) => r.area === area && String(r.referral_date) >= from && String(r.referral_date) <= to);
      const slow = inRange.filter((r) => {
        const rd = referralDates.get(r.referral_id as string);
        const fc = firstContact.get(r.referral_id as string);
        return rd !== undefined && fc !== undefined && fc - rd > 4; // more than 4 calendar days is past 2 working days
      });
      return slow.length / inRange.length;
    };
    expect(late('Dover', '2021-10-01', '2023-03-31')).toBeLessThan(0.05);
    expect(late('Folkestone', '2022-07-11', '2022-09-16')).toBeGreaterThan(late('Folkestone', '2022-10-01', '2023-03-31'));
  });

  it('use both FFT scales and "don\'t know", answers mostly positive', () => {
    const answers = rows.exit_surveys.map((s) => s.fft_response);
    const positive = answers.filter((a) => ['very_good', 'good', 'extremely_likely', 'likely'].includes(String(a))).length;
    expect(positive / answers.length).toBeGreaterThan(0.9);
    expect(answers.some((a) => a === 'extremely_likely' || a === 'likely')).toBe(true);
    expect(answers.some((a) => a === 'dont_know')).toBe(true);
  });

  it('give SWEMWBS items 1 to 5, some scales left incomplete', () => {
    const items = rows.wellbeing.flatMap((w) => [1, 2, 3, 4, 5, 6, 7].map((i) => w[`item_${i}`]));
    expect(items.every((v) => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5))).toBe(true);
    expect(rows.wellbeing.some((w) => [1, 2, 3, 4, 5, 6, 7].some((i) => w[`item_${i}`] === null))).toBe(true);
  });

  it('carry each planted data-quality problem, and only when asked', () => {
    const id = (seq: number) => `R${String(seq).padStart(5, '0')}`;
    const referral = (seq: number) => rows.referrals.find((r) => r.referral_id === id(seq))!;
    expect(parseIsoDate(String(referral(DATA_QUALITY_PROBLEMS.badReferralDate).referral_date))).toBeUndefined();
    expect(referral(DATA_QUALITY_PROBLEMS.unknownArea).area).toBe('Deal');
    expect(referral(DATA_QUALITY_PROBLEMS.missingAge).age_at_referral).toBeNull();
    expect(referral(DATA_QUALITY_PROBLEMS.ineligibleAge).age_at_referral).toBe(16);
    const early = rows.contacts.filter((c) => c.referral_id === id(DATA_QUALITY_PROBLEMS.contactBeforeReferral));
    expect(early.some((c) => parseIsoDate(String(c.contact_date))! < referralDates.get(id(DATA_QUALITY_PROBLEMS.contactBeforeReferral))!)).toBe(true);
    const ids = new Set(referralDates.keys());
    const orphans = [...rows.contacts, ...rows.wellbeing, ...rows.exit_surveys].filter((r) => !ids.has(r.referral_id as string));
    expect(orphans.map((r) => r.referral_id)).toEqual([`RO${id(DATA_QUALITY_PROBLEMS.unknownReferralLink).slice(2)}`]);

    const clean = byDataset(generatePeerSupportData({ seed: DEFAULT_SEED, dataQualityProblems: false }));
    expect(clean.referrals.every((r) => parseIsoDate(String(r.referral_date)) !== undefined && r.area !== 'Deal' && r.age_at_referral !== null)).toBe(true);
    const cleanDates = new Map(clean.referrals.map((r) => [r.referral_id, parseIsoDate(String(r.referral_date))!]));
    expect(clean.contacts.every((c) => cleanDates.has(c.referral_id as string) && parseIsoDate(String(c.contact_date))! >= cleanDates.get(c.referral_id)!)).toBe(true);
  });

  it('stream: the first rows come before the rest are made, at any volume', () => {
    const started = Date.now();
    const huge = generatePeerSupportData({ seed: 1, referralsPerAreaPerYear: 50_000_000 });
    const first = huge.next();
    expect(first.value?.dataset).toBe('referrals');
    expect(Date.now() - started).toBeLessThan(2000);
    huge.return(undefined);
  });
});

describe('writers', () => {
  it('quote CSV cells only when they need it and join lists with ";"', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(['alcohol', 'smoking'])).toBe('alcohol;smoking');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('Grant, trust')).toBe('"Grant, trust"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('write UK dates by moving the parts, so an impossible date stays impossible', () => {
    expect(isoToUkText('2022-04-03')).toBe('03/04/2022');
    expect(isoToUkText('2021-24-12')).toBe('12/24/2021');
    expect(parseUkDate(isoToUkText('2021-24-12'))).toBeUndefined();
  });
});

describe('example data files', () => {
  let first: string;
  let again: string;
  let other: string;
  beforeAll(async () => {
    first = tempDir();
    again = tempDir();
    other = tempDir();
    await writeExampleData(first, 7);
    await writeExampleData(again, 7);
    await writeExampleData(other, 8);
  }, 60_000);

  it('are the same bytes for the same seed, workbook included', () => {
    const a = filesOf(first);
    const b = filesOf(again);
    expect([...a.keys()].sort()).toEqual(['csv/activities.csv', 'csv/contacts.csv', 'csv/exit_surveys.csv', 'csv/peer_leaders.csv', 'csv/referrals.csv', 'csv/wellbeing.csv', 'data.json', 'partner-export.xlsx', 'partner-mapping.yaml']);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('differ for a different seed', () => {
    const a = filesOf(first);
    const c = filesOf(other);
    for (const name of ['csv/referrals.csv', 'csv/contacts.csv', 'data.json', 'partner-export.xlsx']) expect(a.get(name)!.equals(c.get(name)!), name).toBe(false);
  });

  it('committed in examples/ are what the generator writes with the default seed', async () => {
    const fresh = tempDir();
    await writeExampleData(fresh, DEFAULT_SEED);
    const committed = filesOf(join(root, 'examples/peer-support'));
    for (const [name, bytes] of filesOf(fresh)) expect(bytes.equals(committed.get(name) ?? Buffer.alloc(0)), `${name} is stale: run npm run example-data`).toBe(true);
  }, 60_000);

  it('ship a mapping that the mapping schema accepts and that names every sheet and heading', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/mapping.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const mapping = parseYaml(partnerMappingYaml());
    expect(validate(mapping), JSON.stringify(validate.errors)).toBe(true);
    expect(mapping).toEqual(partnerMapping());
    expect(mapping.datasets.referrals.values.area).toEqual({ 'Dover Locality': 'Dover', 'Folkestone Locality': 'Folkestone' });
    expect(mapping.datasets.referrals.columns.referral_date).toBe('Date of Referral');
  });

  /** A cell in one canonical spelling, undoing the partner's headings, spellings and date styles. */
  function canonical(cell: RawCell, field: string, dataset: PeerSupportDataset, partner: boolean): string {
    if (cell === null || cell === undefined || cell === '') return '';
    if (cell instanceof DayValue) return formatDay(cell.day);
    if (Array.isArray(cell)) return cell.join(';');
    if (typeof cell === 'boolean' || typeof cell === 'number') return String(cell);
    let text = String(cell);
    if (!partner) return text;
    const column = PARTNER_SHEETS.find((s) => s.dataset === dataset)!.columns.find((c) => c.field === field)!;
    if (column.values) {
      const ours = Object.fromEntries(Object.entries(column.values).map(([o, t]) => [t, o]));
      text = column.separator ? text.split(column.separator).map((t) => ours[t] ?? t).join(';') : (ours[text] ?? text);
    }
    if (column.date === 'uk-text') {
      const day = parseUkDate(text);
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
      return day !== undefined ? formatDay(day) : m ? `${m[3]}-${m[2]}-${m[1]}` : text;
    }
    if (text === 'Yes') return 'true';
    if (text === 'No') return 'false';
    return text;
  }

  async function readAll(path: string, dataset: PeerSupportDataset, partner: boolean): Promise<string[][]> {
    const input = await DataInput.open(path);
    const sheet = PARTNER_SHEETS.find((s) => s.dataset === dataset)!;
    const reader = await input.dataset(dataset, partner ? { sheet: sheet.sheet } : {}, () => {});
    const fields = reader.headings.map((h) => (partner ? sheet.columns.find((c) => c.heading === h)!.field : h));
    const order = PEER_SUPPORT_FIELDS[dataset].map((f) => fields.indexOf(f));
    const out: string[][] = [];
    await reader.pump((row) => {
      out.push(order.map((i) => (i < 0 ? '' : canonical(row[i], fields[i], dataset, partner))));
    });
    return out;
  }

  it('hold the same records as CSV, as JSON and as the partner workbook', async () => {
    const expected = byDataset(generatePeerSupportData({ seed: 7 }));
    for (const dataset of PEER_SUPPORT_DATASETS) {
      const csv = await readAll(join(first, 'csv'), dataset, false);
      const json = await readAll(join(first, 'data.json'), dataset, false);
      const xlsx = await readAll(join(first, 'partner-export.xlsx'), dataset, true);
      expect(csv.length, dataset).toBe(expected[dataset].length);
      expect(json, dataset).toEqual(csv);
      expect(xlsx, dataset).toEqual(csv);
    }
  }, 60_000);
});
