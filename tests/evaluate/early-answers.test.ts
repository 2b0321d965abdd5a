/**
 * check works out each data check and the eligibility rule as soon as its dataset is read
 * (EarlyAnswers), and makes the findings later, in the spec's order. The report must be the one
 * worked out afterwards, and a check that counts a record's children must wait for its turn:
 * the checks before it may leave some of those children out.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calendarFor, loadData } from '../../src/data/load.js';
import { EarlyAnswers, evaluate } from '../../src/evaluate/evaluate.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { generatePeerSupportData } from '../../scripts/lib/peer-support-data.js';
import { writeCsvFolder } from '../../scripts/lib/write-data.js';

const root = join(import.meta.dirname, '..', '..');
const peerSupport = parse(readFileSync(join(root, 'specs', 'peer-support-dover-folkestone.yaml'), 'utf8')) as ServiceSpec;
let folder = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'servicespec-early-'));
  await writeCsvFolder(() => generatePeerSupportData({ seed: 5, referralsPerAreaPerYear: 150, dataQualityProblems: true }), folder);
  // a referral signed up whose only contact is dated before it (contact-before-referral fails),
  // one signed up before it was referred (sign-up-before-referral), and one aged 15 (ineligible)
  appendFileSync(
    join(folder, 'referrals.csv'),
    [
      'R-ONLY,C-ONLY,Dover,2022-03-01,self,40,common,true,true,2022-03-04,2022-03-04,,,',
      'R-EARLY,C-EARLY,Dover,2022-03-01,self,40,common,true,true,2022-02-20,,,,',
      'R-YOUNG,C-YOUNG,Folkestone,2022-03-01,self,15,common,true,true,,,,,',
      '',
    ].join('\n'),
  );
  appendFileSync(join(folder, 'contacts.csv'), 'R-ONLY,2022-02-25,successful\n');
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function reportsOf(spec: ServiceSpec) {
  const calendar = calendarFor(spec);
  const early = new EarlyAnswers(spec, { calendar });
  const withEarly = await loadData(spec, { path: folder }, { workers: false, onDatasetReady: (dataset, soFar) => early.datasetReady(dataset, soFar) });
  const afterwards = await loadData(spec, { path: folder }, { workers: false });
  return {
    early,
    withEarly: evaluate(spec, withEarly.data, { calendar, dataFindings: withEarly.findings, early }),
    afterwards: evaluate(spec, afterwards.data, { calendar, dataFindings: afterwards.findings }),
  };
}

describe('data checks worked out while the data is read', () => {
  it('give the report worked out afterwards, with every check of a record and its parents answered early', async () => {
    const { early, withEarly, afterwards } = await reportsOf(peerSupport);
    expect(withEarly).toEqual(afterwards);
    for (const [dataset, def] of Object.entries(peerSupport.datasets!)) {
      (def.checks ?? []).forEach((_, index) => expect(early.answersOfCheck(dataset, index), `${dataset} check ${index}`).toBeDefined());
    }
    expect(early.answersOfEligibility()).toBeDefined();
    const failed = withEarly.findings.filter((f) => f.code === 'data-check-failed').map((f) => f.message);
    expect(failed.some((m) => m.startsWith('The contact is dated before its referral'))).toBe(true);
    expect(failed.some((m) => m.startsWith('The sign-up date is before the referral date'))).toBe(true);
    expect(withEarly.findings.some((f) => f.code === 'data-ineligible' && f.message.includes('R-YOUNG'))).toBe(true);
  });

  it('leave a check that counts children to its turn, after the checks that leave children out', async () => {
    // contacts come first, so contact-before-referral leaves R-ONLY's only contact out before the
    // referrals' own check asks whether each signed-up referral has any contact
    const { referrals, contacts, ...others } = peerSupport.datasets!;
    const contacted = { id: 'contacted', rule: 'sign_up_date is absent or any(contacts)', message: 'A signed-up referral has no contact.' };
    const spec: ServiceSpec = { ...peerSupport, datasets: { contacts, referrals: { ...referrals, checks: [...(referrals.checks ?? []), contacted] }, ...others } };
    const calendar = calendarFor(spec);
    const afterwards = await loadData(spec, { path: folder }, { workers: false });
    const expected = evaluate(spec, afterwards.data, { calendar, dataFindings: afterwards.findings });
    // every dataset said to be ready with all of the data in, children included: only what a
    // check reads can keep it back
    const loaded = await loadData(spec, { path: folder }, { workers: false });
    const early = new EarlyAnswers(spec, { calendar });
    for (const dataset of Object.keys(spec.datasets!)) early.datasetReady(dataset, loaded.data);
    expect(early.answersOfCheck('referrals', referrals.checks!.length)).toBeUndefined();
    expect(early.answersOfCheck('referrals', 0)).toBeDefined();
    expect(early.answersOfCheck('contacts', 0)).toBeDefined();
    expect(evaluate(spec, loaded.data, { calendar, dataFindings: loaded.findings, early })).toEqual(expected);
    const line = readFileSync(join(folder, 'referrals.csv'), 'utf8').split('\n').findIndex((l) => l.startsWith('R-ONLY,')) + 1;
    const noContact = expected.findings.filter((f) => f.code === 'data-check-failed' && f.message.startsWith('A signed-up referral has no contact'));
    expect(noContact.map((f) => f.row)).toContain(line);
  });
});
