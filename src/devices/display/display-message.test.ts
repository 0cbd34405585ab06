import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idleContent, readDisplayMessage, receiveState, type StateMessage } from './display-message';

const state = (session: string, revision: number): StateMessage => ({ type: 'state', session, revision, content: idleContent('Hollybush Market', 'GBP') });

describe('receiveState', () => {
  it.each([
    ['takes the first state', undefined, state('a', 0), state('a', 0)],
    ['takes a newer revision of the same till', state('a', 3), state('a', 4), state('a', 4)],
    ['keeps the shown state when an older one arrives late', state('a', 4), state('a', 3), state('a', 4)],
    ['ignores a repeat of the shown revision', state('a', 4), state('a', 4), state('a', 4)],
    ['follows a till that reloaded, though its count restarted', state('a', 9), state('b', 0), state('b', 0)],
  ])('%s', (_name, current, message, expected) => {
    expect(receiveState(current, message)).toEqual(expected);
  });
});

describe('readDisplayMessage', () => {
  it.each([
    ['a hello', { type: 'hello' }, true],
    ['a state', state('a', 1), true],
    ['another app’s message', { type: 'ping' }, false],
    ['a state with money in pounds', { ...state('a', 1), content: { ...idleContent('Hollybush Market', 'GBP'), total: 1.5 } }, false],
    ['nothing', null, false],
  ])('reads %s: %s', (_name, data, readable) => {
    expect(readDisplayMessage(data) !== undefined).toBe(readable);
  });
});

describe('properties', () => {
  it('ends on the highest revision of the last session, whatever order one session’s messages arrive in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), (revisions) => {
        const shown = revisions.reduce<StateMessage | undefined>((view, r) => receiveState(view, state('a', r)), undefined);
        expect(shown?.revision).toBe(Math.max(...revisions));
      }),
    );
  });
});
