import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { loadSpec } from '../../src/spec/load.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

const CHROMIUM = '/usr/bin/chromium';

let peerSupport: ServiceSpec;
let page: string;

beforeAll(async () => {
  peerSupport = (await loadSpec('specs/peer-support-dover-folkestone.yaml')).spec;
  page = renderHtml(peerSupport);
});

describe('renderHtml', () => {
  it('is one complete HTML document in British English with the spec title', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(page.match(/<html\b/g)).toHaveLength(1);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain('<title>Peer Support, Dover and Folkestone Area</title>');
    expect(page).toContain('<meta charset="utf-8">');
  });

  it('needs nothing outside the file: no scripts, stylesheets, images or frames', () => {
    expect(page).not.toMatch(/<script|<link\b|<img\b|<iframe|\bsrc=|@import|url\(/i);
    const externalHrefs = [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    const seedLinks = (peerSupport.checklist ?? []).flatMap((item) => item.links ?? []);
    expect(seedLinks.length).toBeGreaterThan(0);
    // the only links are the seed's own, shown as text the reader can follow
    expect(externalHrefs.sort()).toEqual([...seedLinks].sort());
  });

  it('shows the targets table with a row for every target', () => {
    const table = /<table>\s*<thead>\s*<tr>\s*<th>Target<\/th>[^]*?<\/table>/.exec(page)?.[0] ?? '';
    expect(table).not.toBe('');
    for (const target of peerSupport.targets ?? []) expect(table).toContain(`<td><code>${target.id}</code></td>`);
    expect(table.match(/<tr>/g)).toHaveLength((peerSupport.targets ?? []).length + 1);
  });

  it('escapes the title and cannot be made to run markup from the spec', () => {
    const hostile: ServiceSpec = {
      id: 'hostile',
      version: '1',
      title: 'A <script>alert(1)</script> & B',
      sections: [{ id: 's', title: 'S', paragraphs: ['<img src=x onerror=alert(1)>', '[click](javascript:alert(1))'] }],
    };
    const out = renderHtml(hostile);
    expect(out).toContain('<title>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; B</title>');
    expect(out).not.toMatch(/<script|<img|href="javascript/i);
  });
});

// Runs wherever Debian's chromium is installed (apt-get install chromium), as on the CI machines.
describe.skipIf(!existsSync(CHROMIUM))('renderHtml in headless Chromium', () => {
  it('opens the page and draws it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'servicespec-render-'));
    try {
      const htmlFile = join(dir, 'peer-support.html');
      const screenshot = join(dir, 'peer-support.png');
      writeFileSync(htmlFile, page);
      await promisify(execFile)(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          `--user-data-dir=${join(dir, 'profile')}`,
          `--screenshot=${screenshot}`,
          '--window-size=1200,2000',
          `file://${htmlFile}`,
        ],
        { timeout: 60_000 },
      );
      expect(existsSync(screenshot)).toBe(true);
      const png = readFileSync(screenshot);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // a blank page compresses to a few kilobytes; a page of text and tables does not
      expect(statSync(screenshot).size).toBeGreaterThan(20_000);
      // the PNG header's width and height are the window we asked for
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(2000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
