/**
 * The Mettler Toledo "standard continuous output" (also called Toledo continuous, 8142/8217
 * compatible), read frame by frame. Pure: bytes in, readings out. The format is described in
 * `src/devices/README.md`.
 *
 * A frame is 17 bytes, or 18 with the optional checksum:
 *
 *     STX SWA SWB SWC W W W W W W T T T T T T CR [CHK]
 */

/** A weight the scale reports that the till can take: at rest, not negative. */
export interface StableReading {
  readonly ok: true;
  /** Net weight in whole grams (0 when the platter is empty). */
  readonly grams: number;
  readonly stable: true;
}

/** Why a frame gives no weight the till can take. */
export type ScaleRefusal = 'unstable' | 'negative' | 'overload' | 'unit' | 'garbage';

/** A frame that gives no weight the till can take, with a message for the cashier. */
export interface RefusedReading {
  readonly ok: false;
  readonly reason: ScaleRefusal;
  /** The weight shown, in grams, when the frame has one (an unstable or negative weight). */
  readonly grams?: number | undefined;
  readonly message: string;
}

/** What one frame says. */
export type ScaleReading = StableReading | RefusedReading;

export const STX = 0x02;
export const CR = 0x0d;
/** Bytes in a frame without its checksum. */
export const FRAME_LENGTH = 17;

// Status word A, bits 0-2: where the decimal point is, as a power of ten to multiply the six
// digits by. 0b000 is "XXXX00" (two dummy zeros), 0b010 is "XXXXXX", 0b101 is "XXX.XXX".
const POWER_BY_DECIMAL_CODE = [2, 1, 0, -1, -2, -3, -4, -5] as const;

const SWB_NEGATIVE = 1 << 1;
const SWB_OUT_OF_RANGE = 1 << 2;
const SWB_MOTION = 1 << 3;
const SWB_KG = 1 << 4;
const SWC_GRAMS = 1 << 0;
// Bit 5 of every status word is always 1 and bit 6 of SWA always 0: a cheap check that the
// bytes are status words at all (bit 7 is the parity bit on 7-bit lines and is ignored).
const ALWAYS_ONE = 1 << 5;

const garbage = (message: string): RefusedReading => ({ ok: false, reason: 'garbage', message: `The scale sent data the till cannot read (${message}): check the scale is set to Toledo continuous output` });

/** The checksum: the two's complement of the low seven bits of the sum of STX through CR. */
export function toledoChecksum(frame: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < FRAME_LENGTH; i += 1) sum += frame[i] ?? 0;
  return (-sum) & 0x7f;
}

/** Reads six ASCII digits (leading zeros may be sent as spaces); `undefined` when they are not. */
function readDigits(frame: Uint8Array, from: number): number | undefined {
  let value = 0;
  let seenDigit = false;
  for (let i = from; i < from + 6; i += 1) {
    const byte = (frame[i] ?? 0) & 0x7f;
    if (byte === 0x20 && !seenDigit) continue;
    if (byte < 0x30 || byte > 0x39) return undefined;
    seenDigit = true;
    value = value * 10 + (byte - 0x30);
  }
  return seenDigit ? value : undefined;
}

/** Converts the displayed digits to whole grams, rounding half up below a gram. */
function toGrams(digits: number, power: number, unitPower: number): number {
  const exponent = power + unitPower;
  if (exponent >= 0) return digits * 10 ** exponent;
  const divisor = 10 ** -exponent;
  return Math.floor((digits * 2 + divisor) / (2 * divisor));
}

/**
 * Reads one frame: `frame` holds 17 bytes (18 with `checksum`) starting with STX.
 *
 * @returns A stable weight in grams, or why the frame gives none (in motion, negative, over
 *   capacity, weighed in pounds, or not a Toledo frame at all).
 */
export function readToledoFrame(frame: Uint8Array, checksum: boolean): ScaleReading {
  if (frame.length !== FRAME_LENGTH + (checksum ? 1 : 0)) return garbage(`a frame of ${frame.length} bytes`);
  if (frame[0] !== STX || frame[FRAME_LENGTH - 1] !== CR) return garbage('no STX … CR');
  const [swa = 0, swb = 0, swc = 0] = [frame[1], frame[2], frame[3]].map((b) => (b ?? 0) & 0x7f);
  if ((swa & ALWAYS_ONE) === 0 || (swa & (1 << 6)) !== 0 || (swb & ALWAYS_ONE) === 0 || (swc & ALWAYS_ONE) === 0) return garbage('bad status words');
  if (checksum && toledoChecksum(frame) !== ((frame[FRAME_LENGTH] ?? 0) & 0x7f)) return garbage('bad checksum');
  const digits = readDigits(frame, 4);
  if (digits === undefined || readDigits(frame, 10) === undefined) return garbage('weight is not digits');
  if ((swb & SWB_OUT_OF_RANGE) !== 0) return { ok: false, reason: 'overload', message: 'The scale is over capacity or below zero: clear the platter' };
  const inGrams = (swc & SWC_GRAMS) !== 0;
  if (!inGrams && (swb & SWB_KG) === 0) return { ok: false, reason: 'unit', message: 'The scale weighs in pounds: set it to kilograms' };
  const grams = toGrams(digits, POWER_BY_DECIMAL_CODE[swa & 0b111] ?? 0, inGrams ? 0 : 3);
  if ((swb & SWB_NEGATIVE) !== 0 && grams > 0) return { ok: false, reason: 'negative', grams: -grams, message: 'The scale shows a negative weight: zero the scale with the platter empty' };
  if ((swb & SWB_MOTION) !== 0) return { ok: false, reason: 'unstable', grams, message: 'The weight is not steady yet: wait for the scale to settle' };
  return { ok: true, grams, stable: true };
}
