import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';

// Which command modules main() loads: each costs start-up time, so only the one asked for.
const loaded: string[] = [];
vi.mock('../../src/cli/commands/index.js', () => {
  const command = (name: string) => async () => {
    loaded.push(name);
    return (program: import('commander').Command) => {
      program.command(name).action(() => undefined);
    };
  };
  return { commands: { check: command('check'), lint: command('lint'), render: command('render') } };
});

const { main, VERSION } = await import('../../src/cli/main.js');

function bufferIO(): CliIO & { out: string } {
  const io = { out: '', stdout: (text: string) => (io.out += text), stderr: () => undefined, stdoutIsTTY: false, stderrIsTTY: false, cwd: process.cwd() };
  return io;
}

describe('the CLI loads only the command it runs', () => {
  beforeEach(() => {
    loaded.length = 0;
  });

  it('lint loads the lint command alone', async () => {
    expect(await main(['node', 'servicespec', 'lint'], bufferIO())).toBe(0);
    expect(loaded).toEqual(['lint']);
  });

  it('--version and -V print the version without loading any command', async () => {
    for (const flag of ['--version', '-V']) {
      const io = bufferIO();
      expect(await main(['node', 'servicespec', flag], io)).toBe(0);
      expect(io.out).toBe(`${VERSION}\n`);
    }
    expect(loaded).toEqual([]);
  });

  it('--help and an unknown command load every command, so all are listed or suggested', async () => {
    const io = bufferIO();
    expect(await main(['node', 'servicespec', '--help'], io)).toBe(0);
    expect(io.out).toContain('lint');
    expect(loaded.sort()).toEqual(['check', 'lint', 'render']);
  });
});
