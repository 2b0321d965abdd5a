/**
 * "Did you mean …?" in the rule language's own sentence style. The edit distance and the choice of
 * the nearest name are the spec's (src/spec/suggest.ts), so a typo is caught the same way in a
 * spec key, a mapping and a rule.
 */
import { nearestName } from '../spec/suggest.js';

export { editDistance, nearestName as closest, listWords as joinWords } from '../spec/suggest.js';

/** " Did you mean 'referral_date'?" or the empty string: a sentence of its own, after a full stop. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = nearestName(word, candidates);
  return suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
}
