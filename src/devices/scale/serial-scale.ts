/// <reference types="w3c-web-serial" />
import type { ScaleReading } from './toledo-frame';
import { ToledoStream } from './toledo-stream';

/** How the scale's serial line is set up (its own setup menu shows these). */
export interface SerialScaleOptions {
  /** 9600 unless given. */
  readonly baudRate?: number | undefined;
  /** 7 data bits with even parity unless given (the Toledo default); 8 data bits have no parity. */
  readonly dataBits?: 7 | 8 | undefined;
  /** Whether the scale appends the checksum byte (off unless given). */
  readonly checksum?: boolean | undefined;
}

/** A scale on a serial port sending Toledo continuous output. */
export interface SerialScale {
  /** Every reading as the frames arrive (several a second), until closed. */
  readings(): AsyncGenerator<ScaleReading, void, undefined>;
  /** Stops reading and closes the port. */
  close(): Promise<void>;
}

/**
 * Asks the user for the scale's serial port (call it from a click), opens it and reads its
 * continuous output. Rejects with a message a cashier can act on when the browser has no Web
 * Serial, the user closes the chooser, or the port will not open.
 */
export async function connectSerialScale(options: SerialScaleOptions = {}): Promise<SerialScale> {
  if (navigator.serial === undefined) throw new Error('This browser cannot reach serial devices: use Chrome or Edge');
  let port: SerialPort;
  try {
    port = await navigator.serial.requestPort();
  } catch (error) {
    throw new Error('No serial port was chosen for the scale', { cause: error });
  }
  const dataBits = options.dataBits ?? 7;
  try {
    await port.open({ baudRate: options.baudRate ?? 9600, dataBits, parity: dataBits === 7 ? 'even' : 'none', stopBits: 1 });
  } catch (error) {
    throw new Error(`The scale's port would not open${error instanceof Error ? ` (${error.message})` : ''}: is another window using it?`, { cause: error });
  }
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let closed = false;
  return {
    async *readings() {
      const stream = new ToledoStream(options.checksum ?? false);
      while (!closed && port.readable !== null) {
        reader = port.readable.getReader();
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            yield* stream.push(value);
          }
        } catch {
          // A framing or parity error ends this reader; the loop takes a new one, as the spec advises.
        } finally {
          reader.releaseLock();
        }
      }
    },
    async close() {
      closed = true;
      await reader?.cancel();
      await port.close();
    },
  };
}
