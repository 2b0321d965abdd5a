import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, formatPounds, fractionOf, penceTimes, poundsToPence, roundHalfUp } from '../../src/pay/money.js';

describe('money', () => {
  it('prints pounds with thousands and pence', () => {
    expect(formatPounds(600_000)).toBe('£6,000.00');
    expect(formatPounds(27_429)).toBe('£274.29');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(-25_714)).toBe('−£257.14');
    expect(formatPounds(240_000_000)).toBe('£2,400,000.00');
  });

  it('rounds halves up and reads decimals exactly', () => {
    expect(roundHalfUp({ n: 5n, d: 2n })).toBe(3);
    expect(roundHalfUp({ n: 7n, d: 3n })).toBe(2);
    expect(fractionOf(8.75)).toEqual({ n: 35n, d: 4n });
    expect(fractionOf(0.2)).toEqual({ n: 1n, d: 5n });
    // 12.5% of £6,000.01 = 75,000.125p → 75,000p
    expect(penceTimes(600_001, fractionOf(0.125))).toBe(75_000);
    expect(poundsToPence(24_000)).toBe(2_400_000);
    expect(() => poundsToPence(1.001)).toThrow();
  });

  it('allocates so the parts always add up to the whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), (pence, weights) => {
        const parts = allocate(pence, weights);
        const total = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : pence);
        weights.forEach((w, i) => {
          if (total > 0) expect(Math.abs(parts[i] - (pence * w) / total)).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});
