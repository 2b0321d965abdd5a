/**
 * SERVICESPEC_TIMINGS=1 is for people tuning a run: phase lines on stderr, the report untouched.
 * The switch is read when the process starts, so this runs the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = ['bin/servicespec.js', 'check', 'specs/peer-support-dover-folkestone.yaml', '--data', 'examples/peer-support/csv', '--format', 'json'];

function check(env: Record<string, string>) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('SERVICESPEC_TIMINGS', () => {
  it('prints each phase with the milliseconds since start on stderr, in order, and leaves the report as it is', () => {
    const timed = check({ SERVICESPEC_TIMINGS: '1' });
    const plain = check({ SERVICESPEC_TIMINGS: '' });
    expect(timed.status).toBe(plain.status);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    const lines = timed.stderr.trim().split('\n');
    const phases = lines.map((line) => line.replace(/^timing\s+\d+ ms\s+/, ''));
    expect(phases[0]).toBe('spec, mapping and calendar ready');
    expect(phases).toContain('read referrals');
    expect(phases).toContain('links between datasets built');
    expect(phases.at(-1)).toBe('targets evaluated');
    const times = lines.map((line) => Number(/^timing\s+(\d+) ms/.exec(line)![1]));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
