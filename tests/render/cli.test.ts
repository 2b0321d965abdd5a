import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'servicespec-render-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: process.cwd(),
  };
  const code = await main(['node', 'servicespec', 'render', ...args], io);
  return { code, stdout, stderr };
}

describe('servicespec render', () => {
  it('prints Markdown by default', async () => {
    const { code, stdout, stderr } = await run('specs/lot-4-universal-wellbeing-dgs.yaml');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('# Lot 4 - Universal Wellbeing Support in the Community in Dartford, Gravesham and Swanley\n')).toBe(true);
    expect(stdout).toContain('| `preventative-shift` |');
    // the threshold column comes from the real parser
    expect(stdout).toContain('| more than 50% | `referral_date`, for each `area`, from contract year 3 |');
    // and the plain words from the DSL's describer, not the rule text
    expect(stdout).toMatch(/\| `preventative-shift` \| The aspiration [^|]+ \| From contract year 3, more than 50% of individuals [^|`]+ \|/);
    expect(stdout).toContain('*Read as:* A record of `individuals` is eligible when ');
  });

  it('writes HTML to the file named by -o', async () => {
    const out = join(dir, 'peer.html');
    const { code, stdout } = await run('specs/peer-support-dover-folkestone.yaml', '--format', 'html', '-o', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<th>Target</th>');
  });

  it('refuses an unknown format with exit 2', async () => {
    const { code, stderr } = await run('specs/peer-support-dover-folkestone.yaml', '--format', 'pdf');
    expect(code).toBe(2);
    expect(stderr).toContain('The format "pdf" is not one render knows; use --format md or --format html.');
  });

  it('prints the spec errors with their place and exits 2', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: bad-spec\ntitle: Bad\nversion: "1"\nsections:\n  - id: s\n    titel: Typo\n');
    const { code, stdout, stderr } = await run(bad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:5: `, 'm'));
  });
});
