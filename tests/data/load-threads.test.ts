/**
 * A big CSV folder is read on two threads: child datasets on a worker, their links resolved on
 * arrival. Everything loadData gives back must be the same as when it is read on one thread.
 * The worker runs compiled JavaScript, so this runs the built loader (dist/) in a child process.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatePeerSupportData } from '../../scripts/lib/peer-support-data.js';
import { writeCsvFolder } from '../../scripts/lib/write-data.js';

const root = join(import.meta.dirname, '..', '..');
let folder = '';

const digestScript = `
import { readFileSync } from 'node:fs';
import { loadData } from '${join(root, 'dist', 'src', 'data', 'load.js')}';
const spec = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const plain = (value) => (ArrayBuffer.isView(value) || Array.isArray(value) ? Array.from(value) : value);
const out = {};
for (const workers of [false, true]) {
  let loaded;
  try {
    loaded = await loadData(spec, { path: process.argv[2] }, { workers });
  } catch (error) {
    out[workers ? 'two' : 'one'] = { error: error.name, diagnostics: error.diagnostics };
    continue;
  }
  const tables = [...loaded.data.tables.values()].map((t) => ({
    dataset: t.dataset, length: t.length, record: plain(t.record), excluded: plain(t.excluded), flagged: plain(t.flagged),
    columns: [...t.columns.values()].map((c) => ({ name: c.name, kind: c.kind, state: plain(c.state), values: plain(c.values) })),
  }));
  const links = [...loaded.data.links.entries()].map(([k, l]) => ({ k, parentOf: plain(l.parentOf), childStart: plain(l.childStart), childRows: plain(l.childRows) }));
  out[workers ? 'two' : 'one'] = { readOffThread: loaded.readOffThread, tables, links, findings: loaded.findings, accounting: loaded.accounting };
}
process.stdout.write(JSON.stringify(out));
`;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'src', 'data', 'load-worker.js'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  folder = mkdtempSync(join(tmpdir(), 'servicespec-threads-'));
  await writeCsvFolder(() => generatePeerSupportData({ seed: 11, referralsPerAreaPerYear: 400, dataQualityProblems: true }), folder);
  // links that match nothing, a blank link, and a referral key given twice
  appendFileSync(join(folder, 'contacts.csv'), 'R-NOT-THERE,2022-01-10,attempted\n,2022-01-11,successful\nR-NOT-THERE,2022-01-12,attempted\n');
  appendFileSync(join(folder, 'exit_surveys.csv'), 'R-NOT-THERE-EITHER,2022-02-01,good\n');
  const referrals = readFileSync(join(folder, 'referrals.csv'), 'utf8').split('\n');
  appendFileSync(join(folder, 'referrals.csv'), `${referrals[5]}\n`);
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** loadData on one thread and on two, each turned into plain JSON. */
function loadBothWays(dataFolder: string) {
  const script = join(folder, 'digest.mjs');
  writeFileSync(script, digestScript);
  const specJson = join(folder, 'spec.json');
  writeFileSync(specJson, JSON.stringify(parse(readFileSync(join(root, 'specs', 'peer-support-dover-folkestone.yaml'), 'utf8'))));
  const run = spawnSync(process.execPath, [script, dataFolder, specJson], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('reading on two threads', () => {
  it('stops with the same unusable-input error when a child file read on the second thread lacks a required column', () => {
    const broken = join(folder, 'broken');
    mkdirSync(broken);
    for (const file of readdirSync(folder)) if (file.endsWith('.csv')) copyFileSync(join(folder, file), join(broken, file));
    writeFileSync(join(broken, 'contacts.csv'), 'referral_id,contact_date\nR00001,2022-01-10\n');
    const { one, two } = loadBothWays(broken);
    expect(one.error).toBe('UnusableInputError');
    expect(one.diagnostics.map((d: { code: string }) => d.code)).toEqual(['data-missing-column']);
    expect(two).toEqual(one);
  }, 120_000);

  it('gives the same tables, links, findings and accounting as one thread', () => {
    const { one, two } = loadBothWays(folder);
    expect(one.readOffThread).toEqual([]);
    // the biggest children go to the worker; parents always stay on the main thread
    expect(two.readOffThread).toContain('contacts');
    expect(two.readOffThread).not.toContain('referrals');
    expect(two.tables).toEqual(one.tables);
    expect(two.links).toEqual(one.links);
    expect(two.findings).toEqual(one.findings);
    expect(two.accounting).toEqual(one.accounting);
    const codes = new Set(one.findings.map((f: { code: string }) => f.code));
    expect(codes).toContain('data-unknown-link');
    expect(codes).toContain('data-duplicate-key');
    const contacts = one.tables.find((t: { dataset: string }) => t.dataset === 'contacts');
    const linkColumn = contacts.columns.find((c: { name: string }) => c.name === 'referral_id');
    // unmatched keys are still readable as written
    expect(linkColumn.values.slice(-3)).toEqual(['R-NOT-THERE', '', 'R-NOT-THERE']);
  }, 120_000);
});

describe('the reading thread kept for more work', () => {
  it('runs a function of a module it is given, reports a failure as an error, and lets the process end', () => {
    const work = join(folder, 'work.mjs');
    writeFileSync(work, 'export function double(input) { return { doubled: input.values.map((v) => v * 2), shared: input.shared[0] }; }\nexport function fail() { throw new Error("no good"); }\n');
    const script = join(folder, 'keep.mjs');
    writeFileSync(
      script,
      `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadData } from '${join(root, 'dist', 'src', 'data', 'load.js')}';
const spec = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const url = pathToFileURL(process.argv[4]).href;
const small = await loadData(spec, { path: process.argv[2] }, { workers: false, keepThread: { warm: [url] } });
const loaded = await loadData(spec, { path: process.argv[2] }, { workers: true, keepThread: { warm: [url] } });
const shared = new Int32Array(new SharedArrayBuffer(4));
shared[0] = 7;
const doubled = await loaded.thread.run(url, 'double', { values: [1, 2, 3], shared });
const failed = await loaded.thread.run(url, 'fail', {}).then(() => 'resolved', (error) => error.message);
const missing = await loaded.thread.run(url, 'nothing', {}).then(() => 'resolved', (error) => error.message);
// the thread is not stopped here: it must not keep the process alive
process.stdout.write(JSON.stringify({ smallThread: small.thread === undefined ? 'none' : 'kept', doubled, failed, missing }));
`,
    );
    const specJson = join(folder, 'spec.json');
    writeFileSync(specJson, JSON.stringify(parse(readFileSync(join(root, 'specs', 'peer-support-dover-folkestone.yaml'), 'utf8'))));
    const run = spawnSync(process.execPath, [script, folder, specJson, work], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    // read on one thread, there is no thread to keep
    expect(out.smallThread).toBe('none');
    expect(out.doubled).toEqual({ doubled: [2, 4, 6], shared: 7 });
    expect(out.failed).toContain('no good');
    expect(out.missing).toContain('has no function nothing');
  }, 120_000);
});
