import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { UnusableInputError } from '../../src/diagnostics.js';
import type { CheckReport } from '../../src/evaluate/result.js';
import { describeCell, formatCount, formatPercent, formatShare } from '../../src/report/format.js';
import { yearSummaries } from '../../src/report/grid.js';
import { escapeCell } from '../../src/report/markdown.js';
import { formatNames, formatReport, formats } from '../../src/report/registry.js';
import { handBuiltReport } from './fixture.js';

const ESC = '\x1b[';
const plain = { color: false };

describe('number formatting (en-GB)', () => {
  it('writes percentages with at most one decimal and counts with thousands separators', () => {
    expect(formatPercent(0.9524)).toBe('95.2%');
    expect(formatPercent(0.95)).toBe('95%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatCount(1204)).toBe('1,204');
    expect(formatCount(8.75)).toBe('8.75');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('never rounds a share that misses its threshold onto the threshold', () => {
    // 94.96% would print as "95%" beside a 95% target; it must not look met.
    expect(formatShare(0.9496, 0.95)).toBe('94.96%');
    expect(formatShare(0.9496, 0.8)).toBe('95%');
    expect(formatShare(0.95, 0.95)).toBe('95%');
  });
});

describe('registry', () => {
  it('offers text, md, json and html', () => {
    expect(formatNames().sort()).toEqual(['html', 'json', 'md', 'text']);
    for (const name of formatNames()) expect(typeof formats[name]).toBe('function');
  });

  it('rejects an unknown format as unusable input naming the formats that exist', () => {
    try {
      formatReport(handBuiltReport(), 'pdf', plain);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnusableInputError);
      const d = (error as UnusableInputError).diagnostics[0];
      expect(d.code).toBe('config-unknown-format');
      expect(d.message).toContain('"pdf"');
      expect(d.message).toContain('text, md, json, html');
    }
    expect(() => formatReport(handBuiltReport(), 'toString', plain)).toThrow(UnusableInputError);
  });
});

describe('text', () => {
  const text = formatReport(handBuiltReport(), 'text', plain);

  it('shows each target with its statuses and values per period and area', () => {
    expect(text).toContain('Contact attempted within two working days (contact-attempt-2wd)');
    const q4 = text.split('\n').find((l) => l.trim().startsWith('2021/22 Q4') && l.includes('38 of 38'))!;
    expect(q4).toMatch(/✔ 100% \(38 of 38\)\s+✖ 93\.3% \(28 of 30\)/);
    expect(text).toMatch(/2022\/23 Q1\s+– no data\s+✖ 73\.3% \(22 of 30\)/);
  });

  it('lists failing ids, the first five then "and N more"', () => {
    expect(text).toContain('2021/22 Q4 Folkestone: R00201, R00222 did not meet it.');
    expect(text).toContain('2022/23 Q1 Folkestone: R00100, R00101, R00102, R00103, R00104 and 3 more did not meet it.');
    expect(text).not.toContain('R00105');
  });

  it('gives count targets their count, pro-rated target and shortfall', () => {
    expect(text).toContain('✖ 6 of 8.75 (2.75 short)');
    expect(text).toContain('✔ 1,216 of 17.5');
    expect(text).toContain('✖ 9 of 35 (26 short)');
  });

  it('groups findings by code with place and touched targets', () => {
    expect(text).toContain('data-bad-date (2)');
    expect(text).toContain('data-not-in-enum (1)');
    expect(text).toContain('referrals.csv row 14, column referral_date: The referral date "31/02/2022" is not a date');
    expect(text).toContain('Touches: contact-attempt-2wd, sign-ups.');
    expect(text).toContain('partner-export.xlsx, sheet Referrals row 22, column Locality');
    expect(text.indexOf('contacts.csv row 3')).toBeLessThan(text.indexOf('data-not-in-enum'));
  });

  it('shortens the list of touched targets when a problem touches many', () => {
    const report = handBuiltReport();
    report.targets.push(
      { id: 'extra-1', title: 'Extra one', kind: 'share', description: '' },
      { id: 'extra-2', title: 'Extra two', kind: 'share', description: '' },
    );
    report.findings[0].targets = report.targets.map((t) => t.id);
    const many = Array.from({ length: 6 }, (_, i) => `target-${i}`);
    report.findings[1].targets = many;
    const out = formatReport(report, 'text', plain);
    expect(out).toContain('Touches every target (5).');
    expect(out).toContain('Touches: target-0, target-1, target-2 and 3 more.');
    // the other formats keep the full list
    expect(formatReport(report, 'md', plain)).toContain(many.join(', '));
  });

  it('accounts for every row read', () => {
    expect(text).toContain('referrals.csv: 1,204 rows read = 1,190 counted + 14 reported (2 of them left out of every target)');
  });

  it('ends with a summary per financial year', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('3 of 3 targets met in 2021/22; 2 not met in some quarters: contact-attempt-2wd (Q4 Folkestone); sign-ups (Q3 Folkestone)');
    expect(lines.at(-1)).toBe(
      '0 of 2 targets met in 2022/23; not met for the year: contact-attempt-2wd, sign-ups; 1 not met in some quarters: contact-attempt-2wd (Q1 Folkestone)',
    );
  });

  it('uses ANSI colour only when asked', () => {
    expect(text).not.toContain(ESC);
    const coloured = formatReport(handBuiltReport(), 'text', { color: true });
    expect(coloured).toContain(`${ESC}32m✔`);
    expect(coloured).toContain(`${ESC}31m✖`);
    // colour never changes the words
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(text);
  });
});

describe('year summary', () => {
  it('judges a year met only when no area misses it, and leaves monitored measures out', () => {
    const report = handBuiltReport();
    report.results.push({
      target: 'monitored-thing',
      period: { label: '2022/23', start: '2022-04-01', end: '2023-03-31', kind: 'year' },
      group: {},
      value: 3,
      threshold: null,
      status: 'monitored',
      failing: { count: 0, ids: [] },
    });
    const [first, second] = yearSummaries(report);
    expect(first).toMatchObject({ financialYear: '2021/22', judged: 3, met: ['contact-attempt-2wd', 'sign-ups', 'recommend-to-friends-family'], notMet: [] });
    expect(second).toMatchObject({ financialYear: '2022/23', judged: 2, met: [], notMet: ['contact-attempt-2wd', 'sign-ups'] });
  });

  it('judges the quarters shown when a run kept only some of them (--period), never "0 of 0"', () => {
    const report = handBuiltReport();
    const kept = '2021/22 Q4';
    report.periods = report.periods.filter((p) => p.label === kept);
    report.results = report.results.filter((r) => r.period.label === kept);
    // In 2021/22 Q4 the fixture has contact-attempt-2wd at 28 of 30 in Folkestone (not met), sign-ups
    // at 1,204 and 12 against 8.75 (met), and no results for recommend-to-friends-family (not judged).
    const [only] = yearSummaries(report);
    expect(only).toMatchObject({ scope: kept, judged: 2, met: ['sign-ups'], notMet: ['contact-attempt-2wd'], quarterMisses: [] });
    expect(formatReport(report, 'text', plain).trimEnd().split('\n').at(-1)).toBe(
      '1 of 2 targets met in 2021/22 Q4; not met: contact-attempt-2wd',
    );
  });
});

describe('md', () => {
  const md = formatReport(handBuiltReport(), 'md', plain);

  it('escapes pipes and line breaks inside cells', () => {
    expect(escapeCell('a | b\nc')).toBe('a \\| b c');
    expect(md).toContain('Deal \\| Walmer');
    expect(md).not.toMatch(/Deal \| Walmer/);
  });

  it('writes well-formed tables: every row has as many cells as its header', () => {
    const cellCount = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\|---/.test(lines[i])) continue;
      const width = cellCount(lines[i - 1]);
      for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) expect(cellCount(lines[j])).toBe(width);
    }
    expect(md).toContain('| Period | Dover | Folkestone |');
    expect(md).toContain('| 2021/22 Q4 | ✔ 100% (38 of 38), met | ✖ 93.3% (28 of 30), not met |');
    expect(md).toContain('| 2022/23 Q1 | – no data | ✖ 73.3% (22 of 30), not met |');
  });

  it('never contains ANSI codes, even with colour asked for', () => {
    expect(formatReport(handBuiltReport(), 'md', { color: true })).not.toContain(ESC);
  });
});

/** The same object with its keys in reverse order. */
function reversed<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

describe('json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('validates against schemas/report.schema.json', () => {
    const parsed = JSON.parse(formatReport(handBuiltReport(), 'json', plain));
    const ok = validate(parsed);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('round-trips: parsing gives back the report', () => {
    const report = handBuiltReport();
    expect(JSON.parse(formatReport(report, 'json', plain))).toEqual(report);
  });

  it('puts keys in the order issue 3 documents, whatever order they were built in', () => {
    const report = handBuiltReport();
    const shuffled: CheckReport = {
      rows: report.rows,
      findings: report.findings.map((f) => reversed(f)),
      results: report.results.map((r) => reversed(r)),
      periods: report.periods,
      targets: report.targets,
      spec: { version: '1.0.0', id: 'peer-support-dover-folkestone', title: report.spec.title },
    };
    const json = formatReport(shuffled, 'json', plain);
    expect(json).toBe(formatReport(report, 'json', plain));
    expect(Object.keys(JSON.parse(json))).toEqual(['spec', 'results', 'findings', 'targets', 'periods', 'rows']);
    expect(Object.keys(JSON.parse(json).results[0])).toEqual([
      'target', 'period', 'group', 'numerator', 'denominator', 'value', 'threshold', 'status', 'failing',
    ]);
    expect(json).toMatch(/^\{\n  "spec": \{\n    "id": "peer-support-dover-folkestone",/);
  });

  it('leaves numerator and denominator out of count results', () => {
    const results = JSON.parse(formatReport(handBuiltReport(), 'json', plain)).results;
    const count = results.find((r: { target: string }) => r.target === 'sign-ups');
    expect(count).not.toHaveProperty('numerator');
    expect(count).toMatchObject({ value: 12, threshold: 8.75, status: 'met', shortfall: 0 });
  });

  it('the schema rejects what the issue forbids', () => {
    const parsed = JSON.parse(formatReport(handBuiltReport(), 'json', plain));
    parsed.results[0].status = 'passed';
    expect(validate(parsed)).toBe(false);
    const tooMany = JSON.parse(formatReport(handBuiltReport(), 'json', plain));
    tooMany.results[0].failing.ids = Array.from({ length: 21 }, (_, i) => `R${i}`);
    expect(validate(tooMany)).toBe(false);
    const noDataWithValue = JSON.parse(formatReport(handBuiltReport(), 'json', plain));
    noDataWithValue.results[6].value = 0.5;
    expect(validate(noDataWithValue)).toBe(false);
  });
});

describe('html', () => {
  const report = handBuiltReport();
  const html = formatReport(report, 'html', plain);

  it('is one self-contained file: no external assets, no script', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/src\s*=\s*["']?https?:/i);
    expect(html).not.toMatch(/href\s*=\s*["']?https?:/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('<style>');
  });

  it('draws one SVG chart per target', () => {
    expect(html.match(/<svg/g)?.length).toBe(report.targets.length);
    const withoutCounts: CheckReport = { ...report, targets: report.targets.slice(0, 1), results: report.results.filter((r) => r.target === 'contact-attempt-2wd') };
    expect(formatReport(withoutCounts, 'html', plain).match(/<svg/g)?.length).toBe(1);
  });

  it('marks the quarters a target was not met and draws the threshold', () => {
    const section = html.slice(html.indexOf('<section class="target" id="contact-attempt-2wd"'), html.indexOf('</section>'));
    // Q4 Folkestone and Q1 Folkestone miss; the chart shows quarters only, not years.
    expect(section.match(/class="missed"/g)?.length).toBe(2);
    expect(section.match(/class="threshold"/g)?.length).toBe(3 + 1);
    expect(section).toContain('2021/22 Q4 Folkestone: 93.3% (28 of 30), not met');
  });

  it('escapes data it prints', () => {
    const evil = handBuiltReport();
    evil.findings[0].value = '<img src=x onerror=alert(1)>';
    const out = formatReport(evil, 'html', plain);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('has the tables: each target, findings and rows read', () => {
    expect(html).toContain(`<td class="not_met">${'✖ 93.3% (28 of 30), not met'}</td>`);
    expect(html).toContain('referrals.csv row 14, column referral_date');
    expect(html).toContain('<td>1,204</td><td>1,190</td><td>14</td><td>2</td>');
  });
});

describe('describeCell', () => {
  it('says no data once', () => {
    const r = handBuiltReport().results[6];
    expect(describeCell(r, 'share')).toBe('– no data');
  });
});
