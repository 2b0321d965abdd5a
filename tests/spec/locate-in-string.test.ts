import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scalar, stringify } from 'yaml';
import { HEAD, load, textAt, where } from './helpers.js';

/** The file text that characters [offset, offset+length) of the rule of target 0 map to. */
async function mapped(ruleYaml: string, offset: number, length: number) {
  const loaded = await load(`${HEAD}targets:\n  - id: a\n    rule: ${ruleYaml}\n`);
  expect(loaded.diagnostics).toEqual([]);
  const at = loaded.locateInString(['targets', 0, 'rule'], offset, length);
  return { loaded, at, text: textAt(loaded, at), where: where(loaded, at), value: loaded.spec.targets![0].rule };
}

describe('locateInString: offsets inside a string value become exact file places', () => {
  it('plain scalar', async () => {
    const r = await mapped('count of referrals dated by referral_date', 9, 9);
    expect(r.value.slice(9, 18)).toBe('referrals');
    expect(r.text).toBe('referrals');
    expect(r.where).toBe('spec.yaml:6:20');
  });

  it('plain scalar folded over two lines', async () => {
    const r = await mapped('count of referrals\n      dated by referral_date', 19, 5);
    expect(r.value).toBe('count of referrals dated by referral_date');
    expect(r.text).toBe('dated');
    expect(r.where).toBe('spec.yaml:7:7');
  });

  it("single-quoted scalar with an escaped quote ('')", async () => {
    const r = await mapped("'it''s referrals'", 5, 9);
    expect(r.value.slice(5, 14)).toBe('referrals');
    expect(r.text).toBe('referrals');
    expect(r.where).toBe('spec.yaml:6:18');
  });

  it('double-quoted scalar with escapes before the token', async () => {
    const r = await mapped('"caf\\u00e9 \\"x\\" referrals"', 9, 9);
    expect(r.value).toBe('café "x" referrals');
    expect(r.value.slice(9, 18)).toBe('referrals');
    expect(r.text).toBe('referrals');
    expect(r.where).toBe('spec.yaml:6:28');
  });

  it('double-quoted: an escape maps to the whole escape sequence', async () => {
    const r = await mapped('"caf\\u00e9"', 3, 1);
    expect(r.text).toBe('\\u00e9');
  });

  it('literal block (|) with lines indented more than the block', async () => {
    const r = await mapped('|\n      at least 95% of referrals\n        meet any(contacts)\n        dated by referral_date\n', 37, 8);
    expect(r.value).toBe('at least 95% of referrals\n  meet any(contacts)\n  dated by referral_date\n');
    expect(r.value.slice(37, 45)).toBe('contacts');
    expect(r.text).toBe('contacts');
    expect(r.where).toBe('spec.yaml:8:18');
  });

  it('literal block: a span across a line break covers both lines exactly', async () => {
    const r = await mapped('|-\n      count of referrals\n        dated by d\n', 9, 16);
    expect(r.value.slice(9, 25)).toBe('referrals\n  date');
    expect(r.text).toBe('referrals\n        date');
  });

  it('literal block with an explicit indentation indicator', async () => {
    const r = await mapped('|2\n        count of referrals\n', 0, 7);
    expect(r.value).toBe('  count of referrals\n');
    expect(r.text).toBe('  count');
  });

  it('folded block (>): words are found (best effort)', async () => {
    const r = await mapped('>\n      count of referrals\n      dated by d\n', 19, 5);
    expect(r.value).toBe('count of referrals dated by d\n');
    expect(r.text).toBe('dated');
    expect(r.where).toBe('spec.yaml:8:7');
  });

  it('an offset past the end places at the end of the value', async () => {
    const r = await mapped('"ab"', 2, 0);
    // just after the b, before the closing quote
    expect(r.where).toBe('spec.yaml:6:14');
  });

  it('property: every non-space character maps to itself, whatever the quoting style', async () => {
    const styles = [Scalar.PLAIN, Scalar.QUOTE_SINGLE, Scalar.QUOTE_DOUBLE, Scalar.BLOCK_LITERAL] as const;
    const word = fc.stringMatching(/^[a-z0-9_()<>=%.,"'\\#:é-]{1,8}$/);
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\n  ')), { minLength: 1, maxLength: 8 }).map((parts) =>
      parts.map(([w, sep]) => w + sep).join('').trim(),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...styles), async (value, style) => {
        const node = new Scalar(value);
        node.type = style;
        const yaml = stringify({ rule: node }, { lineWidth: 30, minContentWidth: 10 });
        const loaded = await load(`${HEAD}targets:\n  - id: a\n${yaml.replace(/^/gm, '    ').trimEnd()}\n`);
        const parsed = loaded.spec.targets?.[0]?.rule;
        if (parsed !== value) return; // the style could not hold this value; nothing to map
        for (let i = 0; i < value.length; i++) {
          if (/\s/.test(value[i])) continue;
          const at = loaded.locateInString(['targets', 0, 'rule'], i, 1);
          const source = textAt(loaded, at);
          // a character written as itself maps to itself; an escaped one maps to its escape
          if (source !== value[i]) expect(source?.startsWith('\\') || source === "''").toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
