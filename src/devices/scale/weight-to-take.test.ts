import { describe, expect, it } from 'vitest';
import type { ScaleReading } from './toledo-frame';
import { weightToTake, type WeightToTake } from './weight-to-take';

describe('weightToTake', () => {
  it.each<[string, ScaleReading | undefined, WeightToTake]>([
    ['takes a steady weight', { ok: true, grams: 512, stable: true }, { ok: true, grams: 512 }],
    ['refuses an empty platter', { ok: true, grams: 0, stable: true }, { ok: false, message: 'Nothing on the scale: put the item on the platter' }],
    ['refuses a moving weight with the scale’s message', { ok: false, reason: 'unstable', grams: 300, message: 'The weight is not steady yet: wait for the scale to settle' }, { ok: false, message: 'The weight is not steady yet: wait for the scale to settle' }],
    ['refuses a negative weight', { ok: false, reason: 'negative', grams: -20, message: 'The scale shows a negative weight: zero the scale with the platter empty' }, { ok: false, message: 'The scale shows a negative weight: zero the scale with the platter empty' }],
    ['refuses when the scale has said nothing', undefined, { ok: false, message: 'No weight from the scale yet: check it is on and paired' }],
  ])('%s', (_name, reading, expected) => {
    expect(weightToTake(reading)).toEqual(expected);
  });
});
