import { describe, expect, it } from 'vitest';
import { periodError } from './period-fields';
import { toggled } from './what-if-form';

describe('a what-if’s question', () => {
  it('asks for both days of a period, the first not after the last', () => {
    expect(periodError('', '2026-12-07')).toBe('Choose both days');
    expect(periodError('2026-12-01', '')).toBe('Choose both days');
    expect(periodError('2026-12-08', '2026-12-07')).toBe('The period ends before it starts');
    expect(periodError('2026-12-07', '2026-12-07')).toBeUndefined();
  });

  it('toggles a choice in and out, leaving the set it was given alone', () => {
    const chosen = new Set(['a', 'b']);
    expect([...toggled(chosen, 'b')]).toEqual(['a']);
    expect([...toggled(chosen, 'c')]).toEqual(['a', 'b', 'c']);
    expect([...chosen]).toEqual(['a', 'b']);
  });
});
