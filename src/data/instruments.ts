/**
 * The measurement instruments targets refer to, scored as their publishers define them.
 */

/** Warwick table: SWEMWBS raw score 7–35 → metric score (index = raw − 7). */
const SWEMWBS_METRIC = [
  7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73,
  21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0,
];

/**
 * SWEMWBS scored as whole numbers, so that many rows can be scored in typed arrays: each item adds
 * swemwbsItemPoints to its row's total, and swemwbsRawOfTotal reads the raw score back. An item that
 * is blank, or not a whole number from 1 to 5, adds SWEMWBS_NOT_ANSWERED, more than seven answers
 * can reach, so any total above 35 is a scale that is not complete.
 */
export const SWEMWBS_NOT_ANSWERED = 64;

/** The item's answer 1–5, or SWEMWBS_NOT_ANSWERED. */
export function swemwbsItemPoints(item: number | null | undefined): number {
  return typeof item === 'number' && Number.isInteger(item) && item >= 1 && item <= 5 ? item : SWEMWBS_NOT_ANSWERED;
}

/** The raw score 7–35 from the total of seven items' points, or null when the scale is not complete. */
export function swemwbsRawOfTotal(total: number): number | null {
  return total >= 7 && total <= 35 ? total : null;
}

/** The sum of the seven items (7–35), or null when the scale is not complete. */
export function swemwbsRaw(items: readonly (number | null | undefined)[]): number | null {
  if (items.length !== 7) return null;
  let total = 0;
  for (let i = 0; i < 7; i++) total += swemwbsItemPoints(items[i]);
  return swemwbsRawOfTotal(total);
}

/** Completed only when all seven items are answered with a whole number 1 to 5. */
export function swemwbsComplete(items: readonly (number | null | undefined)[]): boolean {
  return swemwbsRaw(items) !== null;
}

/** The metric score for a raw score 7–35, or null for anything else. */
export function swemwbsMetric(raw: number | null): number | null {
  if (raw === null || !Number.isInteger(raw) || raw < 7 || raw > 35) return null;
  return SWEMWBS_METRIC[raw - 7];
}

/** The top two answers of either Friends and Family Test scale; "don't know" is an answer that is not positive. */
const FFT_POSITIVE = new Set(['very_good', 'good', 'extremely_likely', 'likely']);

export function fftPositive(value: string): boolean {
  return FFT_POSITIVE.has(value);
}

/** Share of positive answers over all answers (don't know included), or null when there are none. */
export function fftPositiveShare(values: readonly string[]): number | null {
  if (values.length === 0) return null;
  let positive = 0;
  for (const value of values) if (fftPositive(value)) positive++;
  return positive / values.length;
}

export type Prisma7Answer = boolean | 'yes' | 'no' | null | undefined;

function isYes(answer: Prisma7Answer): boolean | undefined {
  if (answer === true || answer === 'yes') return true;
  if (answer === false || answer === 'no') return false;
  return undefined;
}

/**
 * PRISMA-7: one point for each "yes" to questions 1–5 and 7, and for "no" to question 6
 * ("Do you have someone you can count on?"). Null when an answer is missing.
 */
export function prisma7Score(answers: readonly Prisma7Answer[]): number | null {
  if (answers.length !== 7) return null;
  let score = 0;
  for (let q = 0; q < 7; q++) {
    const yes = isYes(answers[q]);
    if (yes === undefined) return null;
    if (q === 5 ? !yes : yes) score++;
  }
  return score;
}

export const PRISMA7_RISK_THRESHOLD = 3;

export function prisma7AtRisk(score: number | null): boolean {
  return score !== null && score >= PRISMA7_RISK_THRESHOLD;
}
