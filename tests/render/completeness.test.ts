import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { loadSpec } from '../../src/spec/load.js';
import { normalise, seedSentences, visibleText } from './seed-text.js';

const SEEDS = '/work/shared/seeds';

const cases = [
  { seed: `${SEEDS}/000_ec5d56696d0e3409.txt`, specs: ['specs/peer-support-dover-folkestone.yaml'] },
  { seed: `${SEEDS}/004_da965c1811b62554.txt`, specs: ['specs/lot-4-universal-wellbeing-dgs.yaml', 'specs/lot-5-universal-wellbeing-acs.yaml'] },
];

async function renderedText(file: string): Promise<{ markdown: string; text: string; targetIds: string[] }> {
  const loaded = await loadSpec(file);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const markdown = renderMarkdown(loaded.spec);
  return { markdown, text: visibleText(markdown), targetIds: (loaded.spec.targets ?? []).map((t) => t.id) };
}

describe('render leaves out no sentence of the seed', () => {
  for (const { seed, specs } of cases) {
    for (const file of specs) {
      it(`${file} keeps every sentence of ${seed.split('/').pop()}`, async () => {
        const sentences = seedSentences(readFileSync(seed, 'utf8'));
        expect(sentences.length).toBeGreaterThan(60);
        const { text } = await renderedText(file);
        const missing = sentences.filter((sentence) => !text.includes(sentence));
        expect(missing).toEqual([]);
      });

      it(`${file} lists every target in the targets table`, async () => {
        const { markdown, targetIds } = await renderedText(file);
        expect(targetIds.length).toBeGreaterThan(0);
        for (const id of targetIds) expect(markdown).toContain(`| \`${id}\` |`);
      });
    }
  }

  it('keeps the seed order of the peer-support sections', async () => {
    const { text } = await renderedText('specs/peer-support-dover-folkestone.yaml');
    const seed = readFileSync(`${SEEDS}/000_ec5d56696d0e3409.txt`, 'utf8');
    // The sentences that open each part of the seed, in its order.
    const openings = [
      'Porchlight are commissioning a peer support service(s)',
      'Amount of funding: £24,000 Dover area per year',
      'Payment by results: 20% based on outcomes as defined by KCC',
      'Geographical area: Dover and Folkestone',
      'Number of staff/staff hours: 1.5 FTE',
      'Eligibility criteria: Referrals are accepted',
      'Referral routes/sign-ups:',
      'Sign ups: Dover area 35 per year',
      '70% of service users maintain or improve',
      'InForm data is kept up-to-date',
      'Invoices will be paid a month in arrears.',
      'Where outcomes are met in full for the year',
      'The Community Mental Health and Wellbeing Service contract',
      'Volunteer Policy',
    ].map(normalise);
    const inSeed = openings.map((opening) => normalise(seed).indexOf(opening));
    expect(inSeed.every((at) => at >= 0)).toBe(true);
    expect([...inSeed].sort((a, b) => a - b)).toEqual(inSeed);
    const inRender = openings.map((opening) => text.indexOf(opening));
    expect(inRender.every((at) => at >= 0)).toBe(true);
    expect([...inRender].sort((a, b) => a - b)).toEqual(inRender);
  });
});

describe('seedSentences', () => {
  it('strips markup, tabs, link syntax and contents dot leaders', () => {
    const seed = [
      '<b>INTRODUCTION .....</b>\t<b>3</b>',
      '7. [PRISMA7](#) questions should be used. Then more.',
      '  - Level 1)** promoting wellbeing – Finding out',
      'Insurance\t<p>Confirmation:</p> <ul> • Public Liability - £5m per claim • Employer’s cover',
      '-',
    ].join('\n');
    expect(seedSentences(seed)).toEqual([
      'INTRODUCTION',
      'PRISMA7 questions should be used.',
      'Then more.',
      'Level 1) promoting wellbeing – Finding out',
      'Insurance',
      'Confirmation:',
      'Public Liability - £5m per claim',
      "Employer's cover",
    ]);
  });
});
