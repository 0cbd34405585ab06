import { useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { useDeviceActions, usePairedPrinter, useScalePaired, useScaleReading } from './device-store';
import { encodeReceipt, type PrinterLanguage } from './printer/encode-receipt';
import type { ReceiptPrinter } from './printer/receipt-printer';
import { SAMPLE_RECEIPT } from './printer/sample-receipt';
import { webSerialPrinter } from './printer/webserial-printer';
import { webUsbPrinter } from './printer/webusb-printer';
import { connectSerialScale } from './scale/serial-scale';
import { weightToTake } from './scale/weight-to-take';
import { AppHeader } from '../ui/app-header';

/** The outcome of the last thing tried on a device, as the page says it. */
type Outcome = { readonly tone: 'ok' | 'error'; readonly text: string } | undefined;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-ink-200">
      <h2 className="text-xl font-semibold text-ink-900">{title}</h2>
      {children}
    </section>
  );
}

function OutcomeLine({ outcome }: { readonly outcome: Outcome }) {
  if (outcome === undefined) return null;
  return (
    <p role={outcome.tone === 'error' ? 'alert' : 'status'} className={outcome.tone === 'error' ? 'font-semibold text-danger-700' : 'text-brand-800'}>
      {outcome.text}
    </p>
  );
}

function PrinterSection() {
  const printer = usePairedPrinter();
  const { printerPaired } = useDeviceActions();
  const [serialLanguage, setSerialLanguage] = useState<PrinterLanguage>('esc-pos');
  const [outcome, setOutcome] = useState<Outcome>();
  const attempt = async (action: () => Promise<string>) => {
    try {
      setOutcome({ tone: 'ok', text: await action() });
    } catch (error) {
      setOutcome({ tone: 'error', text: messageOf(error) });
    }
  };
  const pair = (make: () => ReceiptPrinter) =>
    attempt(async () => {
      const device = make();
      const info = await device.connect();
      printerPaired(device, info);
      return `Paired with ${info.name}`;
    });
  const printTest = () =>
    attempt(async () => {
      if (printer?.info.language === undefined) throw new Error('Pair a receipt printer first');
      const { language, codepageMapping } = printer.info;
      const receipt = { ...SAMPLE_RECEIPT, at: new Date().toISOString() };
      await printer.device.print(encodeReceipt(receipt, { language, codepageMapping, columns: language === 'esc-pos' ? 42 : 48 }));
      return 'Test receipt sent to the printer';
    });
  const openDrawer = () =>
    attempt(async () => {
      if (printer === undefined) throw new Error('Pair a receipt printer first');
      await printer.device.openDrawer();
      return 'Drawer opened';
    });
  return (
    <Section title="Receipt printer and cash drawer">
      <p className="text-ink-700">
        {printer === undefined
          ? 'No printer paired: receipts go to the browser’s print dialog and there is no cash drawer.'
          : `Paired: ${printer.info.name}. The cash drawer opens through it.`}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={() => void pair(webUsbPrinter)}>
          Pair a USB printer
        </Button>
        <label className="flex items-center gap-2 text-ink-800">
          Serial printer language
          <select value={serialLanguage} onChange={(e) => setSerialLanguage(e.target.value as PrinterLanguage)} className="min-h-12 rounded-xl px-3 ring-1 ring-ink-300">
            <option value="esc-pos">ESC/POS (Epson and most others)</option>
            <option value="star-prnt">StarPRNT (Star)</option>
          </select>
        </label>
        <Button onClick={() => void pair(() => webSerialPrinter({ language: serialLanguage }))}>Pair a serial printer</Button>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button disabled={printer === undefined} onClick={() => void printTest()}>
          Print a test receipt
        </Button>
        <Button disabled={printer === undefined} onClick={() => void openDrawer()}>
          Open the drawer
        </Button>
      </div>
      <OutcomeLine outcome={outcome} />
    </Section>
  );
}

const kilograms = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

function ScaleSection() {
  const paired = useScalePaired();
  const reading = useScaleReading();
  const { scalePaired, scaleRead, scaleClosed } = useDeviceActions();
  const [problem, setProblem] = useState<string>();
  const pair = async () => {
    try {
      const scale = await connectSerialScale();
      setProblem(undefined);
      scalePaired();
      for await (const next of scale.readings()) scaleRead(next);
      scaleClosed();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  const take = weightToTake(reading);
  const shownGrams = reading?.ok === true ? reading.grams : reading?.grams;
  return (
    <Section title="Scale">
      <p className="text-ink-700">A scale on a serial port sending Mettler Toledo continuous output (9600 baud, 7 data bits, even parity).</p>
      <div>
        <Button variant="primary" disabled={paired} onClick={() => void pair()}>
          {paired ? 'Scale paired' : 'Pair the scale'}
        </Button>
      </div>
      {problem !== undefined && (
        <p role="alert" className="font-semibold text-danger-700">
          {problem}
        </p>
      )}
      {paired && (
        <div role="status" aria-label="Scale weight" className="flex items-baseline gap-6">
          <span className="text-5xl font-bold tabular-nums text-ink-900">{shownGrams === undefined ? '–' : `${kilograms.format(shownGrams / 1000)} kg`}</span>
          <span className={take.ok ? 'text-lg font-semibold text-brand-800' : 'text-lg text-danger-700'}>{take.ok ? 'Steady' : take.message}</span>
        </div>
      )}
    </Section>
  );
}

function DisplaySection() {
  return (
    <Section title="Customer display">
      <p className="text-ink-700">Opens the screen that faces the customer. Drag the window to the second screen and make it full screen (F11).</p>
      <div>
        <Button variant="primary" onClick={() => window.open(`${import.meta.env.BASE_URL}display`, 'customer-display')}>
          Open the customer display
        </Button>
      </div>
    </Section>
  );
}

/**
 * The Devices page: pairs and tests the receipt printer (a test receipt, the drawer), the scale
 * (its live weight) and opens the customer display. Pairing needs a click: the browser asks which
 * device to use.
 */
export function DevicesScreen({ nav }: { readonly nav: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-ink-100">
      <AppHeader title="Devices" nav={nav} />
      <main className="mx-auto flex w-full max-w-4xl flex-col gap-6 p-6">
        <PrinterSection />
        <ScaleSection />
        <DisplaySection />
      </main>
    </div>
  );
}
