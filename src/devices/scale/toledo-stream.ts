import { FRAME_LENGTH, readToledoFrame, STX, type ScaleReading } from './toledo-frame';

/**
 * Cuts a continuous Toledo byte stream into frames, whatever the chunks the serial port delivers.
 * Bytes before an STX are skipped (the port opened mid-frame); a frame that does not read is
 * reported as garbage and the search for the next STX starts one byte after its STX, so a stray
 * STX never swallows the good frame behind it. Pure, apart from the bytes it holds between chunks.
 */
export class ToledoStream {
  private pending: Uint8Array = new Uint8Array(0);
  private readonly frameLength: number;

  constructor(private readonly checksum: boolean) {
    this.frameLength = FRAME_LENGTH + (checksum ? 1 : 0);
  }

  /** Adds the bytes just read and gives every reading they complete. */
  push(chunk: Uint8Array): ScaleReading[] {
    const bytes = new Uint8Array(this.pending.length + chunk.length);
    bytes.set(this.pending);
    bytes.set(chunk, this.pending.length);
    const readings: ScaleReading[] = [];
    let start = bytes.indexOf(STX);
    while (start !== -1 && bytes.length - start >= this.frameLength) {
      const reading = readToledoFrame(bytes.subarray(start, start + this.frameLength), this.checksum);
      readings.push(reading);
      start = bytes.indexOf(STX, !reading.ok && reading.reason === 'garbage' ? start + 1 : start + this.frameLength);
    }
    this.pending = start === -1 ? new Uint8Array(0) : bytes.slice(start);
    return readings;
  }
}

/** Reads a whole byte sequence in one go (for tests and fakes). */
export function readToledoStream(bytes: Uint8Array, checksum: boolean): ScaleReading[] {
  return new ToledoStream(checksum).push(bytes);
}
