/** The part of a `@point-of-sale` driver that connects. */
interface Connectable<Device> {
  connect(): Promise<void>;
  addEventListener(event: 'connected', listener: (device: Device) => void): void;
}

/**
 * Connects a `@point-of-sale` driver and gives the device it reports. The drivers never reject
 * (they log and carry on when the user cancels the chooser or the device will not open) and report
 * success through a `connected` event sent on a zero-delay timer; a timer queued after `connect`
 * settles runs after that event, so when it finds no device, there is none.
 */
export function whenConnected<Device>(driver: Connectable<Device>, failure: string): Promise<Device> {
  return new Promise((resolve, reject) => {
    let device: Device | undefined;
    driver.addEventListener('connected', (d) => {
      device = d;
    });
    driver.connect().then(
      () =>
        setTimeout(() => {
          if (device === undefined) reject(new Error(failure));
          else resolve(device);
        }, 0),
      (error: unknown) => reject(error instanceof Error ? error : new Error(failure)),
    );
  });
}
