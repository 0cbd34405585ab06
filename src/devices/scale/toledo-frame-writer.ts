import { CR, FRAME_LENGTH, STX, toledoChecksum } from './toledo-frame';

/** What a scale puts in a frame, for fakes and tests. */
export interface ToledoFrameFields {
  /** The six displayed digits as a number, before the decimal point is placed. */
  readonly digits: number;
  /** Status word A's decimal code: 0b101 ("XXX.XXX", kilograms to the gram) unless given. */
  readonly decimalCode?: number | undefined;
  readonly motion?: boolean | undefined;
  readonly negative?: boolean | undefined;
  readonly outOfRange?: boolean | undefined;
  /** `kg` unless given. */
  readonly unit?: 'kg' | 'g' | 'lb' | undefined;
  readonly checksum?: boolean | undefined;
}

/**
 * Writes one frame as a Toledo scale sends it (leading zeros of the weight as spaces, a tare of
 * zero). Used by the unit tests and the fake scale of the end-to-end tests.
 */
export function writeToledoFrame(fields: ToledoFrameFields): Uint8Array {
  const unit = fields.unit ?? 'kg';
  const swa = 0b0100000 | (0b01 << 3) | (fields.decimalCode ?? 0b101);
  const swb =
    0b0100000 |
    (fields.negative === true ? 1 << 1 : 0) |
    (fields.outOfRange === true ? 1 << 2 : 0) |
    (fields.motion === true ? 1 << 3 : 0) |
    (unit === 'kg' ? 1 << 4 : 0);
  const swc = 0b0100000 | (unit === 'g' ? 1 : 0);
  const weight = String(fields.digits).padStart(6, ' ');
  const text = `${String.fromCharCode(STX, swa, swb, swc)}${weight}${'0'.padStart(6, ' ')}${String.fromCharCode(CR)}`;
  const frame = new Uint8Array(FRAME_LENGTH + (fields.checksum === true ? 1 : 0));
  for (let i = 0; i < FRAME_LENGTH; i += 1) frame[i] = text.charCodeAt(i);
  if (fields.checksum === true) frame[FRAME_LENGTH] = toledoChecksum(frame);
  return frame;
}
