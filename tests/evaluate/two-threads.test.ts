/**
 * Counting targets on two threads must give the report one thread gives, to the byte: every
 * target is counted whole on one thread, and the outside-the-contract marks of both are merged.
 * The second thread runs compiled JavaScript, so this runs the built code (dist/) in a child process.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calendarFor, loadData } from '../../src/data/load.js';
import { openSharedDataSet, sharedDataSet } from '../../src/data/ship.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { generatePeerSupportData } from '../../scripts/lib/peer-support-data.js';
import { writeCsvFolder } from '../../scripts/lib/write-data.js';

const root = join(import.meta.dirname, '..', '..');
const spec = parse(readFileSync(join(root, 'specs', 'peer-support-dover-folkestone.yaml'), 'utf8')) as ServiceSpec;
let folder = '';

const script = `
import { readFileSync } from 'node:fs';
const dist = (path) => '${join(root, 'dist', 'src')}/' + path;
const { loadData, calendarFor } = await import(dist('data/load.js'));
const { evaluate } = await import(dist('evaluate/evaluate.js'));
const { evaluateOnTwoThreads, piecesOfWork, SECOND_THREAD_MODULE } = await import(dist('evaluate/parallel.js'));
const { prepareEvaluation, EarlyAnswers } = await import(dist('evaluate/evaluate.js'));
const spec = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const path = process.argv[2];

const one = await loadData(spec, { path }, { workers: false });
const single = evaluate(spec, one.data, { calendar: calendarFor(spec), dataFindings: one.findings });

const calendar = calendarFor(spec);
const pieces = piecesOfWork(spec, one.data, prepareEvaluation(spec, one.data, { calendar }).targets).map((piece) => piece.map((i) => spec.targets[i].id));
// as check runs it: the data checks worked out as each dataset comes in, from either thread
const early = new EarlyAnswers(spec, { calendar });
const heard = [];
const two = await loadData(spec, { path }, { workers: true, keepThread: { warm: [SECOND_THREAD_MODULE] }, onDatasetReady: (dataset, soFar) => { heard.push(dataset); early.datasetReady(dataset, soFar); } });
let there = [];
const parallel = await evaluateOnTwoThreads(spec, two.data, { calendar, dataFindings: two.findings, early }, two.thread, (ids) => (there = ids));
two.thread?.stop();
const answered = { contacts: early.answersOfCheck('contacts', 0) !== undefined, wellbeing: early.answersOfCheck('wellbeing', 0) !== undefined, eligibility: early.answersOfEligibility() !== undefined };
process.stdout.write(JSON.stringify({ single, parallel, pieces, there, kept: two.thread !== undefined, heard, answered, offThread: two.readOffThread }));
`;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'src', 'evaluate', 'parallel.js'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  folder = mkdtempSync(join(tmpdir(), 'servicespec-two-threads-'));
  await writeCsvFolder(() => generatePeerSupportData({ seed: 23, referralsPerAreaPerYear: 400, dataQualityProblems: true }), folder);
  // a contact naming no referral, and a referral dated after the contract
  appendFileSync(join(folder, 'contacts.csv'), 'R-NOT-THERE,2022-01-10,attempted\n');
  appendFileSync(join(folder, 'referrals.csv'), 'R-LATE,C-LATE,Dover,2031-05-01,self,40,common,true,true,,,,,\n');
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('counting targets on two threads', () => {
  it('gives the same report as one thread, with the work split between both and the data checks worked out early', () => {
    const specJson = join(folder, 'spec.json');
    writeFileSync(specJson, JSON.stringify(spec));
    writeFileSync(join(folder, 'run.mjs'), script);
    const run = spawnSync(process.execPath, [join(folder, 'run.mjs'), folder, specJson], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.stderr).toBe('');
    const { single, parallel, pieces, there, kept, heard, answered, offThread } = JSON.parse(run.stdout);
    expect(kept).toBe(true);
    // datasets read on either thread were heard as they came in, and their checks answered early
    expect(offThread).toEqual(expect.arrayContaining(['contacts']));
    expect([...heard].sort()).toEqual(Object.keys(spec.datasets!).sort());
    expect(answered).toEqual({ contacts: true, wellbeing: true, eligibility: true });
    // every target in exactly one piece; the targets reading the SWEMWBS derived fields in the same one
    expect(pieces.flat().sort()).toEqual(spec.targets!.map((t) => t.id).sort());
    const swemwbs = ['support-plan-and-first-swemwbs', 'two-swemwbs', 'wellbeing-maintained-or-improved'];
    expect(pieces.find((piece: string[]) => piece.includes('two-swemwbs')).sort()).toEqual(swemwbs);
    // the biggest piece first
    expect(pieces[0]).toContain('two-swemwbs');
    // the second thread counted some targets, and not all of them
    expect(there.length).toBeGreaterThan(0);
    expect(there.length).toBeLessThan(spec.targets!.length);
    expect(parallel).toEqual(single);
    const codes = new Set(single.findings.map((f: { code: string }) => f.code));
    expect(codes).toContain('data-outside-contract');
    expect(codes).toContain('data-unknown-link');
  }, 120_000);
});

describe('the data set shared with another thread', () => {
  it('opens there with the same columns, ids and links', async () => {
    const loaded = await loadData(spec, { path: join(root, 'examples', 'peer-support', 'csv') }, { workers: false });
    const shared = sharedDataSet(loaded.data);
    expect(shared).toBeDefined();
    // what postMessage does to it: typed arrays over shared memory stay shared, the rest is copied
    const opened = openSharedDataSet(structuredClone(shared!), (dataset) => spec.datasets?.[dataset]?.key);
    for (const [name, table] of loaded.data.tables) {
      const other = opened.tables.get(name)!;
      expect(other.length).toBe(table.length);
      for (const [field, column] of table.columns) {
        const theirs = other.columns.get(field)!;
        expect(theirs.state).toEqual(column.state);
        if ('values' in column) expect(Array.from((theirs as typeof column).values as ArrayLike<unknown>)).toEqual(Array.from(column.values as ArrayLike<unknown>));
      }
    }
    const link = opened.links.get('contacts->referrals')!;
    expect(link.childRows).toEqual(loaded.data.links.get('contacts->referrals')!.childRows);
    // a write on one side is seen on the other: the memory is the same
    const referrals = loaded.data.tables.get('referrals')!;
    referrals.excluded[0] = 1;
    expect(opened.tables.get('referrals')!.excluded[0]).toBe(1);
    expect(calendarFor(spec)).toBeDefined();
  });

  it('is not offered when a table was built by hand, outside shared memory', () => {
    const table = { dataset: 'd', length: 1, columns: new Map(), source: { file: 'd.csv', columns: new Map() }, record: new Int32Array(1), excluded: new Uint8Array(1) };
    expect(sharedDataSet({ tables: new Map([['d', table]]), links: new Map() })).toBeUndefined();
  });
});
