import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Rule, Span } from '../../src/dsl/ast.js';
import { describeCheck, periodOf, renderMarkdown, thresholdOf } from '../../src/render/markdown.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { visibleText } from './seed-text.js';

const html = (markdown: string) => new MarkdownIt({ html: false }).render(markdown);
const span: Span = { start: 0, end: 0 };
const field = (...names: string[]) => ({ kind: 'field' as const, path: names.map((name) => ({ name, span })), span });

function spec(extra: Partial<ServiceSpec> = {}): ServiceSpec {
  return { id: 'test-spec', title: 'Test spec', version: '1.0.0', ...extra };
}

describe('renderMarkdown escaping', () => {
  const tricky = 'Costs | benefits *not emphasis* <b>not bold</b> [not a link](http://example.org) `x` &amp; _y_';

  it('keeps pipes and markup characters as text inside table cells', () => {
    const markdown = renderMarkdown(
      spec({ social_value: [{ id: 'pipes', theme: 'A | B', description: tricky }] }),
    );
    const out = html(markdown);
    const row = /<tr>\s*<td>A \| B<\/td>\s*<td>([^]*?)<\/td>\s*<\/tr>/.exec(out);
    expect(row, out).not.toBeNull();
    expect(row?.[1]).toBe(
      'Costs | benefits *not emphasis* &lt;b&gt;not bold&lt;/b&gt; [not a link](http://example.org) `x` &amp;amp; _y_',
    );
    expect(out).not.toMatch(/<em>|<a |<code>x|<b>/);
  });

  it('keeps markup characters as text in paragraphs, headings and list items', () => {
    const markdown = renderMarkdown(
      spec({
        sections: [{ id: 's', title: '# not a heading *', paragraphs: [tricky, { items: ['- not nested', '1. not ordered'] }, '12. not a list'] }],
      }),
    );
    const out = html(markdown);
    expect(out).toContain('<h2># not a heading *</h2>');
    expect(out).toContain('<li>- not nested</li>');
    expect(out).toContain('<li>1. not ordered</li>');
    expect(out).toContain('<p>12. not a list</p>');
    expect(out).not.toContain('<ol');
    expect(visibleText(markdown)).toContain(tricky);
  });
});

describe('renderMarkdown document structure', () => {
  const targets = [
    { id: 'contact-2wd', text: '95% contacted within two working days.', rule: 'at least 95% of referrals meet x dated by referral_date for each area' },
    { id: 'sign-ups', title: 'New sign-ups', rule: 'at least 35 a year of referrals dated by sign_up_date' },
  ];

  it('prints a target sentence where a paragraph names it, and every target in the table', () => {
    const markdown = renderMarkdown(
      spec({ targets, sections: [{ id: 'outputs', title: 'Outputs', paragraphs: [{ items: [{ target: 'contact-2wd' }, 'Plain duty.'] }] }] }),
    );
    expect(markdown).toContain('- 95% contacted within two working days. *(target `contact-2wd`)*');
    expect(markdown).toContain('## Appendix A: Targets');
    expect(markdown).toContain('| `contact-2wd` | 95% contacted within two working days. |');
    expect(markdown).toContain('| `sign-ups` | New sign-ups |');
  });

  it('says each rule in plain words with the injected describer, and falls back to the rule itself', () => {
    const described = renderMarkdown(spec({ targets }), { describeRule: (text) => `said plainly: ${text.length} | chars` });
    expect(described).toContain(`said plainly: ${targets[0].rule.length} \\| chars`);
    const fallback = renderMarkdown(spec({ targets }), {
      describeRule: () => {
        throw new Error('cannot describe');
      },
    });
    expect(fallback).toContain(`\`${targets[1].rule}\``);
  });

  it('fills threshold and period from the parsed rule', () => {
    const share: Rule = {
      measure: { kind: 'share', comparator: 'at_least', threshold: 0.95, span },
      population: { dataset: { name: 'referrals', span }, span },
      datedBy: field('referral_date'),
      groupBy: field('referral', 'area'),
      span,
    };
    const count: Rule = {
      measure: { kind: 'count', comparator: 'at_least', perYear: 35, span },
      population: { dataset: { name: 'referrals', span }, span },
      datedBy: field('sign_up_date'),
      fromContractYear: { year: 3, span },
      span,
    };
    expect(thresholdOf(share)).toBe('at least 95%');
    expect(thresholdOf({ ...share, measure: { kind: 'share', comparator: 'more_than', threshold: 0.5, span } })).toBe('more than 50%');
    expect(thresholdOf({ ...share, measure: { kind: 'share', comparator: null, threshold: null, span } })).toBe('monitored, no threshold');
    expect(thresholdOf(count)).toBe('at least 35 a year, pro-rated by months');
    expect(periodOf(share)).toBe('`referral_date`, for each `referral.area`');
    expect(periodOf(count)).toBe('`sign_up_date`, from contract year 3');

    const markdown = renderMarkdown(spec({ targets }), { parseRule: (text) => (text.includes('35 a year') ? count : share) });
    expect(markdown).toContain('| at least 95% | `referral_date`, for each `referral.area` |');
    expect(markdown).toContain('| at least 35 a year, pro-rated by months | `sign_up_date`, from contract year 3 |');
  });

  it('keeps two lists in a row apart and numbers paragraphs as printed', () => {
    const markdown = renderMarkdown(
      spec({
        sections: [
          {
            id: 's',
            title: 'S',
            paragraphs: [{ items: ['a', 'b'] }, { items: ['c'] }, { number: 14, text: 'Three themes:', items: [{ number: 'Level 1)', text: 'promoting wellbeing' }] }],
          },
        ],
      }),
    );
    const out = html(markdown);
    expect(out.match(/<ul>/g)).toHaveLength(3);
    expect(out).toContain('<p><strong>14.</strong> Three themes:</p>');
    expect(out).toContain('<li><strong>Level 1)</strong> promoting wellbeing</li>');
  });

  it('prints a structured part where a paragraph shows it and not again in an appendix', () => {
    const markdown = renderMarkdown(
      spec({
        personal_outcomes: [
          { id: 'info', number: 1, group: 'Information and advice', text: 'I am supported', measure: 'info', tool_parameter: 'info_tool' },
          { id: 'lonely', number: 4, group: 'My Health', text: 'I feel less lonely' },
          { id: 'safe', number: 5, group: 'My Health', text: 'I am safe' },
        ],
        sections: [{ id: 'p', title: 'Personal Outcomes', level: 3, paragraphs: [{ number: 47, text: 'Set out below:', shows: ['personal_outcomes'] }, { number: 48, text: 'After.' }] }],
      }),
    );
    const out = html(markdown);
    expect(out).toContain('<h4>My Health</h4>');
    expect(out).toContain('<ol start="4">');
    expect(markdown.indexOf('I feel less lonely')).toBeLessThan(markdown.indexOf('**48.**'));
    expect(markdown).toContain('monitored by target `info`, on the tool the provider names in `info_tool`');
    expect(markdown).not.toContain('Appendix');
  });

  it('prints the identity of the contract', () => {
    const markdown = renderMarkdown(
      spec({
        commissioner: 'Porchlight',
        lot: 'Lot 4',
        contract: { start: '2021-10-01', end: '2023-03-31' },
        areas: ['Dover', 'Folkestone'],
        funding: { per_area_per_year: { Dover: 24000, Folkestone: 1234.5 } },
      }),
    );
    expect(markdown).toContain('| Contract period | 1 October 2021 to 31 March 2023 |');
    expect(markdown).toContain('| Funding per area per year | Dover: £24,000; Folkestone: £1,234.5 |');
    expect(markdown).toContain('| Lot | Lot 4 |');
  });
});

describe('describeCheck', () => {
  it('says the DBS, insurance and yearly checks in words', () => {
    expect(describeCheck({ staff: { dbs_level: 'enhanced', barred_lists: ['adults', 'children'], renew_every_months: 36 } })).toBe(
      'Every member of staff has an enhanced DBS check with the adults and children barred lists, renewed at least every 36 months.',
    );
    expect(describeCheck({ staff: { dbs_level: 'basic' } })).toBe('Every member of staff has a basic DBS check.');
    expect(
      describeCheck({ minimum_amounts: [{ cover: 'professional_indemnity', minimum_pounds: 1000000, basis: 'aggregate' }] }),
    ).toBe('Professional indemnity cover of at least £1,000,000 in aggregate.');
    expect(describeCheck({ applies_when: 'uses_volunteers', renew_every_months: 12 })).toBe(
      'Applies when uses volunteers; renewed at least every 12 months.',
    );
  });
});
