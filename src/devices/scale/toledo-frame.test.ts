import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readToledoFrame, type ScaleReading } from './toledo-frame';
import { writeToledoFrame, type ToledoFrameFields } from './toledo-frame-writer';
import { readToledoStream, ToledoStream } from './toledo-stream';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('readToledoFrame', () => {
  // Frames written out by hand: STX, SWA, SWB, SWC, six weight digits, six tare digits, CR.
  // SWA '5' (0x35) is "XXX.XXX" in steps of 1; SWB '0' (0x30) is gross, positive, steady, kg;
  // SWC ' ' (0x20) is kilograms; SWB '8' (0x38) adds motion, '2' (0x32) the minus sign, '4' out of range.
  it.each<[string, string, ScaleReading]>([
    ['reads 1.234 kg as 1234 g', '\x025\x30\x20  1234     0\r', { ok: true, grams: 1234, stable: true }],
    ['reads an empty platter as 0 g', '\x025\x30\x20     0     0\r', { ok: true, grams: 0, stable: true }],
    ['reads leading zeros sent as digits', '\x025\x30\x20000512000000\r', { ok: true, grams: 512, stable: true }],
    ['reads "XXXX.XX" kg to the ten grams', '\x024\x30\x20  1234     0\r', { ok: true, grams: 12340, stable: true }],
    ['rounds "XX.XXXX" kg half up to the gram', '\x026\x30\x20 12345     0\r', { ok: true, grams: 1235, stable: true }],
    ['reads a scale set to grams', '\x022\x30\x21   850     0\r', { ok: true, grams: 850, stable: true }],
    ['refuses a weight in motion, with the weight', '\x025\x38\x20  1234     0\r', { ok: false, reason: 'unstable', grams: 1234, message: 'The weight is not steady yet: wait for the scale to settle' }],
    ['refuses a negative weight', '\x025\x32\x20    20     0\r', { ok: false, reason: 'negative', grams: -20, message: 'The scale shows a negative weight: zero the scale with the platter empty' }],
    ['refuses an overload', '\x025\x34\x20999999     0\r', { ok: false, reason: 'overload', message: 'The scale is over capacity or below zero: clear the platter' }],
    ['refuses pounds', '\x025\x20\x20  1234     0\r', { ok: false, reason: 'unit', message: 'The scale weighs in pounds: set it to kilograms' }],
  ])('%s', (_name, frame, expected) => {
    expect(readToledoFrame(bytes(frame), false)).toEqual(expected);
  });

  it.each([
    ['a frame without CR', '\x025\x30\x20  1234     0X'],
    ['letters in the weight', '\x025\x30\x20  12a4     0\r'],
    ['status words without their fixed bit', '\x02\x05\x10\x00  1234     0\r'],
    ['a blank weight', '\x025\x30\x20           0\r'],
  ])('calls %s garbage', (_name, frame) => {
    expect(readToledoFrame(bytes(frame), false)).toMatchObject({ ok: false, reason: 'garbage' });
  });

  it('checks the checksum when the scale sends one', () => {
    const frame = writeToledoFrame({ digits: 1234, checksum: true });
    expect(readToledoFrame(frame, true)).toEqual({ ok: true, grams: 1234, stable: true });
    frame[17] = (frame[17]! + 1) & 0x7f;
    expect(readToledoFrame(frame, true)).toMatchObject({ ok: false, reason: 'garbage' });
  });
});

describe('ToledoStream', () => {
  it('skips the tail of a frame the port opened in the middle of', () => {
    const stream = new Uint8Array([...bytes('  0     0\r'), ...writeToledoFrame({ digits: 400 })]);
    expect(readToledoStream(stream, false)).toEqual([{ ok: true, grams: 400, stable: true }]);
  });

  it('finds the good frame behind a stray STX', () => {
    const stream = new Uint8Array([0x02, 0x41, ...writeToledoFrame({ digits: 400 })]);
    expect(readToledoStream(stream, false)).toEqual([expect.objectContaining({ reason: 'garbage' }), { ok: true, grams: 400, stable: true }]);
  });
});

describe('properties', () => {
  const fields: fc.Arbitrary<ToledoFrameFields> = fc.record({
    digits: fc.integer({ min: 0, max: 999_999 }),
    motion: fc.boolean(),
    negative: fc.boolean(),
    outOfRange: fc.boolean(),
  });

  it('gives the same readings however the stream is split into chunks', () => {
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 }), (frames, checksum, cuts) => {
        const all = new Uint8Array(frames.flatMap((f) => [...writeToledoFrame({ ...f, checksum })]));
        const boundaries = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
        const stream = new ToledoStream(checksum);
        const readings = [...boundaries, all.length].flatMap((end, i) => stream.push(all.subarray(i === 0 ? 0 : boundaries[i - 1], end)));
        expect(readings).toEqual(readToledoStream(all, checksum));
        expect(readings).toHaveLength(frames.length);
      }),
    );
  });

  it('reads back every steady, positive, in-range weight it writes, to the gram', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (digits) => {
        expect(readToledoFrame(writeToledoFrame({ digits }), false)).toEqual({ ok: true, grams: digits, stable: true });
      }),
    );
  });
});
