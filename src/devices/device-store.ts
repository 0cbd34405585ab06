import { create } from 'zustand';
import type { PrinterInfo, ReceiptPrinter } from './printer/receipt-printer';
import type { ScaleReading } from './scale/toledo-frame';

/**
 * The devices paired in this window: the receipt printer and what the scale last said. Not
 * persisted: a paired device is a live connection, and the browser asks again after a reload.
 */
interface DeviceState {
  readonly printer: { readonly device: ReceiptPrinter; readonly info: PrinterInfo } | undefined;
  readonly scaleReading: ScaleReading | undefined;
  readonly scalePaired: boolean;
  readonly actions: {
    printerPaired(device: ReceiptPrinter, info: PrinterInfo): void;
    scalePaired(): void;
    scaleRead(reading: ScaleReading): void;
    scaleClosed(): void;
  };
}

const useDeviceStore = create<DeviceState>()((set) => ({
  printer: undefined,
  scaleReading: undefined,
  scalePaired: false,
  actions: {
    printerPaired: (device, info) => set({ printer: { device, info } }),
    scalePaired: () => set({ scalePaired: true, scaleReading: undefined }),
    scaleRead: (reading) => set({ scaleReading: reading }),
    scaleClosed: () => set({ scalePaired: false, scaleReading: undefined }),
  },
}));

/** The paired devices at this moment, outside React (the till reads them when it prints or weighs). */
export const readPairedDevices = (): Pick<DeviceState, 'printer' | 'scaleReading' | 'scalePaired'> => useDeviceStore.getState();

/** The paired receipt printer and what it told us, or `undefined`. */
export const usePairedPrinter = () => useDeviceStore((s) => s.printer);
/** The scale's latest reading, or `undefined` before the first. */
export const useScaleReading = () => useDeviceStore((s) => s.scaleReading);
/** Whether a scale is paired in this window. */
export const useScalePaired = () => useDeviceStore((s) => s.scalePaired);
/** The events that change the paired devices. */
export const useDeviceActions = () => useDeviceStore((s) => s.actions);
