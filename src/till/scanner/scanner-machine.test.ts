import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  initialScannerState,
  MAX_BURST_AVERAGE_MS,
  MAX_BURST_GAP_MS,
  nextScannerState,
  type Focus,
  type ScannerEvent,
  type ScannerOutput,
  type ScannerState,
} from './scanner-machine';

/** Runs events through the machine, collecting every output and whether each event was consumed. */
function run(events: readonly ScannerEvent[], from: ScannerState = initialScannerState) {
  let state = from;
  const outputs: ScannerOutput[] = [];
  const consumed: boolean[] = [];
  for (const event of events) {
    const step = nextScannerState(state, event);
    state = step.state;
    outputs.push(...step.outputs);
    consumed.push(step.consumed);
  }
  return { state, outputs, consumed };
}

/** A code typed with `gap` ms between keys from time `start`, then Enter after another `gap`. */
function typed(code: string, focus: Focus, { start = 1000, gap = 3 } = {}): ScannerEvent[] {
  const keys: ScannerEvent[] = [...code].map((key, i) => ({ type: 'key', key, at: start + i * gap, focus }));
  // In the Barcode field the browser types each key, and the field reports its new value.
  if (focus === 'barcode') {
    const edited = keys.flatMap((key, i): ScannerEvent[] => [key, { type: 'field-edited', value: code.slice(0, i + 1) }]);
    return [...edited, { type: 'enter', at: start + code.length * gap, focus }];
  }
  return [...keys, { type: 'enter', at: start + code.length * gap, focus }];
}

const scans = (outputs: readonly ScannerOutput[]) => outputs.filter((o) => o.type === 'scan');

describe('scanning', () => {
  it.each<[string, Focus, number]>([
    ['a scanner burst with nothing focused', 'free', 3],
    ['a person typing slowly with nothing focused', 'free', 400],
    ['keys arriving in clumps with nothing focused', 'free', 150],
    ['a scanner burst into the Barcode field', 'barcode', 3],
    ['a person typing slowly into the Barcode field', 'barcode', 400],
  ])('takes %s as one scan', (_name, focus, gap) => {
    const { outputs, state } = run(typed('5000000000012', focus, { gap }));
    expect(outputs).toEqual([{ type: 'scan', code: '5000000000012', quantity: 1, typedIntoField: 0 }]);
    expect(state.buffer).toBe('');
  });

  it('takes a SKU typed into the Barcode field', () => {
    const { outputs } = run(typed('milk', 'barcode', { gap: 250 }));
    expect(outputs).toEqual([{ type: 'scan', code: 'milk', quantity: 1, typedIntoField: 0 }]);
  });

  it('shows keys typed with nothing focused in the buffer, and consumes them', () => {
    const { state, consumed } = run([
      { type: 'key', key: '5', at: 0, focus: 'free' },
      { type: 'key', key: '0', at: 500, focus: 'free' },
    ]);
    expect(state.buffer).toBe('50');
    expect(consumed).toEqual([true, true]);
  });

  it('lets keys typed into the Barcode field through to the field', () => {
    expect(nextScannerState(initialScannerState, { type: 'key', key: '5', at: 0, focus: 'barcode' }).consumed).toBe(false);
  });

  it('takes a burst typed into another text field back out and scans it', () => {
    const { outputs, consumed } = run(typed('5000000000012', 'guarded'));
    expect(outputs).toEqual([{ type: 'scan', code: '5000000000012', quantity: 1, typedIntoField: 13 }]);
    expect(consumed.at(-1)).toBe(true);
  });

  it('leaves slow typing in another text field alone, Enter included', () => {
    const { outputs, consumed } = run(typed('5000000000012', 'guarded', { gap: 180 }));
    expect(outputs).toEqual([]);
    expect(consumed.every((c) => !c)).toBe(true);
  });

  it.each([
    ['a short number (an amount, a weight)', '2000'],
    ['words typed fast', 'strawberries'],
    ['a code with letters in it', '50000ABC00012'],
  ])('leaves %s typed fast into another text field alone', (_name, text) => {
    expect(run(typed(text, 'guarded')).outputs).toEqual([]);
  });

  it('takes a burst even after slow typing in the same field, and only the burst', () => {
    const events: ScannerEvent[] = [
      { type: 'key', key: '1', at: 0, focus: 'guarded' },
      { type: 'key', key: '2', at: 300, focus: 'guarded' },
      ...typed('96385074', 'guarded', { start: 2000 }),
    ];
    expect(scans(run(events).outputs)).toEqual([{ type: 'scan', code: '96385074', quantity: 1, typedIntoField: 8 }]);
  });

  it('does not take a burst whose Enter comes late', () => {
    const events: ScannerEvent[] = [...typed('5000000000012', 'guarded').slice(0, -1), { type: 'enter', at: 1000 + 13 * 3 + MAX_BURST_GAP_MS + 1, focus: 'guarded' }];
    expect(run(events).outputs).toEqual([]);
  });

  it('takes a burst with one hiccup, as long as it is fast on average', () => {
    const events = typed('5000000000012', 'guarded').map((e) => (e.type === 'key' && e.at > 1020 ? { ...e, at: e.at + 290 } : e.type === 'enter' ? { ...e, at: e.at + 290 } : e));
    expect(scans(run(events).outputs)).toHaveLength(1);
  });

  it('scans everything typed into the Barcode field, however uneven the timing (a busy page delivers keys in clumps)', () => {
    const events = typed('5057191100014', 'barcode').map((e) => ('at' in e && e.at >= 1018 ? { ...e, at: e.at + 900 } : e));
    expect(run(events).outputs).toEqual([{ type: 'scan', code: '5057191100014', quantity: 1, typedIntoField: 0 }]);
  });

  it('scans everything typed with nothing focused, a person’s keys and a scanner’s together', () => {
    const events: ScannerEvent[] = [{ type: 'key', key: '3', at: 0, focus: 'free' }, ...typed('5000000000012', 'free', { start: 5000 })];
    expect(run(events).outputs).toEqual([{ type: 'scan', code: '35000000000012', quantity: 1, typedIntoField: 0 }]);
  });

  it('ignores Enter with nothing typed, letting the focused button have it', () => {
    const step = nextScannerState(initialScannerState, { type: 'enter', at: 0, focus: 'free' });
    expect(step.outputs).toEqual([]);
    expect(step.consumed).toBe(false);
  });

  it('scans what the field holds when its Enter button is tapped', () => {
    const { outputs } = run([{ type: 'field-edited', value: ' 96385074 ' }, { type: 'submitted' }]);
    expect(outputs).toEqual([{ type: 'scan', code: '96385074', quantity: 1, typedIntoField: 0 }]);
  });

  it('takes fifty scans in a row, none lost and none doubled', () => {
    const codes = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? '5000000000012' : '96385074'));
    const events = codes.flatMap((code, i) => typed(code, i % 3 === 0 ? 'free' : i % 3 === 1 ? 'guarded' : 'barcode', { start: i * 60 }));
    expect(scans(run(events).outputs).map((o) => o.type === 'scan' && o.code)).toEqual(codes);
  });
});

describe('editing what is typed', () => {
  it('deletes the last key with Backspace when nothing is focused', () => {
    const { state } = run([...typed('123', 'free').slice(0, -1), { type: 'backspace', focus: 'free' }]);
    expect(state.buffer).toBe('12');
  });

  it('clears what is typed and the quantity with Escape', () => {
    const { state, consumed } = run([{ type: 'field-edited', value: '3' }, { type: 'multiply' }, { type: 'field-edited', value: '12' }, { type: 'escape', focus: 'barcode' }]);
    expect(state).toMatchObject({ buffer: '', multiplier: null });
    expect(consumed.at(-1)).toBe(true);
  });

  it('lets Escape through when there is nothing to clear (a dialog closes)', () => {
    expect(nextScannerState(initialScannerState, { type: 'escape', focus: 'free' }).consumed).toBe(false);
  });
});

describe('the multiplier', () => {
  it('turns "3 ×" then a scan into three units', () => {
    const { outputs } = run([
      { type: 'key', key: '3', at: 0, focus: 'free' },
      { type: 'multiply' },
      ...typed('5000000000012', 'free', { start: 1000 }),
    ]);
    expect(outputs).toEqual([{ type: 'scan', code: '5000000000012', quantity: 3, typedIntoField: 0 }]);
  });

  it('applies to a product tap too', () => {
    const { outputs } = run([{ type: 'field-edited', value: '12' }, { type: 'multiply' }, { type: 'product-chosen', sku: 'A' }]);
    expect(outputs).toEqual([{ type: 'product', sku: 'A', quantity: 12 }]);
  });

  it('starts fresh after every scan', () => {
    const { outputs, state } = run([{ type: 'quantity-chosen', quantity: 4 }, ...typed('96385074', 'free'), ...typed('96385074', 'free', { start: 9000 })]);
    expect(scans(outputs).map((o) => o.type === 'scan' && o.quantity)).toEqual([4, 1]);
    expect(state.multiplier).toBeNull();
  });

  it('applies to a scanner burst into another field', () => {
    const { outputs } = run([{ type: 'quantity-chosen', quantity: 2 }, ...typed('96385074', 'guarded')]);
    expect(outputs).toEqual([{ type: 'scan', code: '96385074', quantity: 2, typedIntoField: 8 }]);
  });

  it('asks for a quantity when × is pressed with nothing typed', () => {
    expect(run([{ type: 'multiply' }]).outputs).toEqual([{ type: 'ask-quantity' }]);
  });

  it.each([
    ['0', 'A quantity is from 1 to 999'],
    ['1000', 'A quantity is from 1 to 999'],
    ['abc', '“abc” is not a quantity: type how many (1 to 999), then ×'],
    ['-3', "A quantity can't be negative: type how many (1 to 999), then ×. To take items off, select the line and press − or Void line"],
    ['2.5', '2.5 is not a whole number of items: type how many (1 to 999), then ×. Weighed goods are weighed, not multiplied'],
  ])('refuses "%s" as a quantity', (text, message) => {
    expect(run([{ type: 'field-edited', value: text }, { type: 'multiply' }]).outputs).toEqual([{ type: 'refused', message }]);
  });

  it.each([
    ['-', '3'],
    ['2', '.', '5'],
  ])('clears a refused quantity typed with nothing focused, so the next scan is whole (%s%s%s ×)', (...keys) => {
    const { outputs, state } = run([
      ...keys.map((key, i): ScannerEvent => ({ type: 'key', key, at: i * 200, focus: 'free' })),
      { type: 'multiply' },
      ...typed('5000000000012', 'free', { start: 5000 }),
    ]);
    expect(outputs.at(-1)).toEqual({ type: 'scan', code: '5000000000012', quantity: 1, typedIntoField: 0 });
    expect(state).toMatchObject({ buffer: '', multiplier: null });
  });

  it('is cleared on request', () => {
    expect(run([{ type: 'quantity-chosen', quantity: 5 }, { type: 'multiplier-cleared' }]).state.multiplier).toBeNull();
  });
});

describe('properties', () => {
  const code = fc.stringMatching(/^[0-9]{8,13}$/);
  const focus = fc.constantFrom<Focus>('free', 'barcode', 'guarded');

  it('every burst of scans comes out once each, in order, whatever has focus', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, focus, fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 40 }), (burst) => {
        let start = 0;
        const events = burst.flatMap(([c, f, gap]) => {
          const e = typed(c, f, { start, gap: Math.min(gap, 95) });
          start += c.length * 100 + 400;
          return e;
        });
        const out = scans(run(events).outputs).map((o) => o.type === 'scan' && o.code);
        expect(out).toEqual(burst.map(([c]) => c));
      }),
    );
  });

  it('typing at a person’s pace into another field never becomes a scan', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: MAX_BURST_AVERAGE_MS + 1, max: 1000 }), (text, gap) => {
        const chars = [...text].filter((ch) => ch.length === 1);
        expect(run(typed(chars.join(''), 'guarded', { gap })).outputs).toEqual([]);
      }),
    );
  });

  it('nothing but digits typed fast into another field ever becomes a scan', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((t) => /\D/.test(t)), (text) => {
        const outputs = run(typed([...text].filter((ch) => ch.length === 1).join(''), 'guarded')).outputs;
        for (const output of outputs) expect(output.type === 'scan' && /^\d+$/.test(output.code)).toBe(true);
      }),
    );
  });
});
