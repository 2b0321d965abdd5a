/**
 * Progress goes to stderr only when a person is watching it (a TTY): a report piped to a file or
 * read by CI must never carry progress text.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function fakeIO(stderrIsTTY: boolean): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    stdoutIsTTY: false,
    stderrIsTTY,
    cwd: root,
  };
  return io;
}

const args = ['node', 'servicespec', 'check', 'specs/peer-support-dover-folkestone.yaml', '--data', 'examples/peer-support/csv', '--format', 'json'];

describe('check progress', () => {
  it('says on a TTY that it is checking the targets, and clears the line before the report', async () => {
    const io = fakeIO(true);
    const code = await main(args, io);
    expect(code).toBe(1); // the example data misses some targets
    expect(io.err).toContain('Checking 14 targets…');
    expect(io.err.endsWith('\r\x1b[K')).toBe(true);
    expect(JSON.parse(io.out).spec.id).toBe('peer-support-dover-folkestone');
  });

  it('prints nothing on stderr when stderr is not a TTY', async () => {
    const io = fakeIO(false);
    await main(args, io);
    expect(io.err).toBe('');
  });
});
