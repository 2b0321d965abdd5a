import { expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/spec/suggest.js';

it('counts edits, a swap of neighbours as one', () => {
  expect(editDistance('threshold', 'thresold')).toBe(1);
  expect(editDistance('title', 'titel')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

it('suggests only names near enough to be a typo', () => {
  expect(nearestName('thresold', ['threshold', 'title'])).toBe('threshold');
  expect(nearestName('Folkstone', ['Dover', 'Folkestone'])).toBe('Folkestone');
  expect(nearestName('budget', ['start', 'end', 'note'])).toBeUndefined();
  expect(nearestName('b', ['a'])).toBeUndefined();
});
