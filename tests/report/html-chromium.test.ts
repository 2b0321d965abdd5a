import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/registry.js';
import { handBuiltReport } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';

function chromiumArgs(dir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    `--user-data-dir=${join(dir, 'profile')}`,
  ];
}

// Runs wherever Debian's chromium is installed (apt-get install chromium), as on the CI machines.
describe.skipIf(!existsSync(CHROMIUM))('html report in headless Chromium', () => {
  it('parses into a page with one chart per target and draws a screenshot', async () => {
    const report = handBuiltReport();
    const dir = mkdtempSync(join(tmpdir(), 'servicespec-report-html-'));
    try {
      const htmlFile = join(dir, 'report.html');
      const screenshot = join(dir, 'report.png');
      writeFileSync(htmlFile, formatReport(report, 'html', { color: false }));
      const run = promisify(execFile);
      // The DOM as the browser built it: charts that fail to parse as SVG would not be there.
      const { stdout: dom } = await run(CHROMIUM, [...chromiumArgs(dir), '--dump-dom', `file://${htmlFile}`], { timeout: 60_000, maxBuffer: 1 << 24 });
      expect(dom.match(/<svg\b/g)?.length).toBe(report.targets.length);
      expect(dom.match(/<section class="target"/g)?.length).toBe(report.targets.length);
      expect(dom).toContain('<h2>Data problems</h2>');
      await run(CHROMIUM, [...chromiumArgs(dir), `--screenshot=${screenshot}`, '--window-size=1100,1800', `file://${htmlFile}`], { timeout: 60_000 });
      expect(statSync(screenshot).size).toBeGreaterThan(10_000);
      // a PNG, not an error page written as text
      expect(readFileSync(screenshot).subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
