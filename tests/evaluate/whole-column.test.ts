/**
 * Counting targets from whole columns (CompiledRule's `…All` forms, tallyRows' tight loop) must
 * give the report the row-at-a-time closures give: every figure, every listed id, every finding.
 * Generated peer-support data with data-quality problems (blank, unreadable and unlinked cells),
 * over the spec's targets and a few more that reach the other paths: a group that is not a
 * choice, a group and a date read through a link, a first() over contacts, a list's size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarFor, loadData } from '../../src/data/load.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { CheckReport } from '../../src/evaluate/result.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { generatePeerSupportData } from '../../scripts/lib/peer-support-data.js';
import { writeCsvFolder } from '../../scripts/lib/write-data.js';
import { peerSupportSpec } from './build.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function withMoreTargets(spec: ServiceSpec): ServiceSpec {
  const more = [
    [
      'first-success-3wd-by-contactable',
      `at least 50% of referrals
         where contactable is present
         meet working_days(referral_date, first(contact_date of contacts where outcome = successful)) <= 3
         dated by referral_date
         for each contactable`,
    ],
    ['late-contacts', 'count of contacts where working_days(referral.referral_date, contact_date) > 1 dated by contact_date for each outcome'],
    ['many-mecc-topics', 'at least 10 a year of referrals where size(mecc_topics) >= 2 dated by sign_up_date from contract year 2'],
    [
      'all-contacts-soon',
      `more than 50% of referrals
         where count(contacts) > 0
         meet all(contacts where days(referral_date, contact_date) <= 14) and not any(contacts where contact_date < referral_date + 1)
         dated by referral_date`,
    ],
    ['scores-by-contactable', 'share of wellbeing where swemwbs_complete meet swemwbs_metric >= 20 dated by assessment_date for each referral.contactable'],
  ];
  return { ...spec, targets: [...(spec.targets ?? []), ...more.map(([id, rule]) => ({ id, title: id, kind: 'output' as const, text: id, rule }))] };
}

async function bothWays(seed: number): Promise<{ columnar: CheckReport; rowwise: CheckReport }> {
  const folder = mkdtempSync(join(tmpdir(), 'servicespec-whole-column-'));
  folders.push(folder);
  await writeCsvFolder(() => generatePeerSupportData({ seed, referralsPerAreaPerYear: 150, dataQualityProblems: true }), folder);
  const spec = withMoreTargets(peerSupportSpec());
  const calendar = calendarFor(spec);
  // each way on its own load: the data checks mark rows excluded as they run
  const run = async (rowAtATime: boolean) => {
    const loaded = await loadData(spec, { path: folder }, { workers: false });
    return evaluate(spec, loaded.data, { calendar, dataFindings: loaded.findings, rowAtATime });
  };
  return { columnar: await run(false), rowwise: await run(true) };
}

describe('whole-column counting', () => {
  it.each([5, 41])('gives the row-at-a-time report on generated data (seed %i)', async (seed) => {
    const { columnar, rowwise } = await bothWays(seed);
    expect(columnar).toEqual(rowwise);
    // the data reach what is compared: failing and unknown records listed, data problems found, groups seen
    const results = columnar.results;
    expect(results.some((r) => r.failing.ids.length > 0)).toBe(true);
    expect(results.some((r) => (r.unknown?.count ?? 0) > 0)).toBe(true);
    expect(columnar.findings.some((f) => f.code === 'data-check-failed')).toBe(true);
    expect(new Set(results.filter((r) => r.target === 'first-success-3wd-by-contactable').map((r) => r.group.contactable))).toEqual(new Set(['true', 'false']));
    expect(results.some((r) => r.target === 'scores-by-contactable' && r.group.contactable === 'true' && (r.denominator ?? 0) > 0)).toBe(true);
    expect(results.some((r) => r.target === 'late-contacts' && (r.value ?? 0) > 0)).toBe(true);
  }, 60_000);
});
