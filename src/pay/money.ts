/**
 * Money is whole pence, and every amount is worked as an exact fraction and rounded once.
 *
 * The rounding rule, the same everywhere in `pay` (docs/payment.md states it for partners):
 * - an amount that is a fraction of another (20% at risk, 4/8.75 of an element) is rounded to the
 *   nearest penny, halves up;
 * - where a whole is split into parts (a year's funding into quarters, the at-risk amount into its
 *   elements, an element's earnings among its targets) part k is round(whole × (w1+…+wk)/W) minus
 *   round(whole × (w1+…+wk−1)/W): each part is within a penny of its exact share and the parts
 *   add up to the whole exactly, so no penny is lost or invented.
 */

/** A non-negative fraction n/d held in bigints, so pence × counts × percents never lose a digit. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

const MAX_DECIMALS = 9;

/**
 * A decimal number from a spec or a report (20, 12.5, 8.75) as an exact fraction. Numbers that
 * are not short decimals (35 × 1/12 = 2.9166…) are taken to nine decimal places, well below a penny
 * on any amount a contract pays.
 */
export function fractionOf(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  let scale = 1;
  for (let places = 0; places <= MAX_DECIMALS; places++, scale *= 10) {
    const scaled = value * scale;
    const whole = Math.round(scaled);
    if (Math.abs(scaled - whole) < 1e-9 * Math.max(1, Math.abs(scaled)) || places === MAX_DECIMALS) {
      return reduce({ n: BigInt(whole), d: BigInt(scale) });
    }
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function reduce(f: Fraction): Fraction {
  const g = gcd(f.n, f.d);
  return { n: f.n / g, d: f.d / g };
}

export function multiply(...parts: Fraction[]): Fraction {
  return reduce(parts.reduce((acc, f) => ({ n: acc.n * f.n, d: acc.d * f.d }), { n: 1n, d: 1n }));
}

export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('division by zero');
  return reduce({ n: a.n * b.d, d: a.d * b.n });
}

export function whole(n: number): Fraction {
  return { n: BigInt(n), d: 1n };
}

export function lessThan(a: Fraction, b: Fraction): boolean {
  return a.n * b.d < b.n * a.d;
}

/** The nearest whole number, halves away from zero. */
export function roundHalfUp(f: Fraction): number {
  const sign = f.n < 0n !== f.d < 0n ? -1n : 1n;
  const n = f.n < 0n ? -f.n : f.n;
  const d = f.d < 0n ? -f.d : f.d;
  return Number(sign * ((2n * n + d) / (2n * d)));
}

/** `pence` × fraction, rounded to the nearest penny (halves up). */
export function penceTimes(pence: number, ...factors: Fraction[]): number {
  return roundHalfUp(multiply(whole(pence), ...factors));
}

/**
 * Splits `pence` into parts in proportion to `weights` (whole numbers or decimals), rounding
 * cumulatively so the parts add up to round(pence × Σweights / outOf) exactly.
 * With `outOf` left out the weights are shares of their own sum and the parts add up to `pence`.
 */
export function allocate(pence: number, weights: readonly number[], outOf?: number): number[] {
  const fractions = weights.map(fractionOf);
  const total = outOf === undefined ? fractions.reduce(add, { n: 0n, d: 1n }) : fractionOf(outOf);
  if (total.n === 0n) return weights.map(() => 0);
  const parts: number[] = [];
  let running: Fraction = { n: 0n, d: 1n };
  let before = 0;
  for (const f of fractions) {
    running = add(running, f);
    const upTo = penceTimes(pence, divide(running, total));
    parts.push(upTo - before);
    before = upTo;
  }
  return parts;
}

function add(a: Fraction, b: Fraction): Fraction {
  return reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

/** Whole pounds from a spec (24000) as pence, refusing fractions of a penny. */
export function poundsToPence(pounds: number): number {
  const pence = Math.round(pounds * 100);
  if (Math.abs(pence - pounds * 100) > 1e-6) throw new RangeError(`${pounds} is not a whole number of pence`);
  return pence;
}

/** "£6,000.00", "−£257.14": how amounts are printed everywhere. */
export function formatPounds(pence: number): string {
  const sign = pence < 0 ? '−' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}£${pounds}.${rest}`;
}
