import * as z from 'zod/mini';
import { formatPath, money, type Money } from '../pricing';
import { upgradeEntry, type RefundEntryWithOneTender } from './entry-upgrade';
import type { JournalEntry, ZReport } from './journal-entry';

// The journal entry as data crossing a wire (the till's upload to head office, an imported export).
// Pure: zod and the engine's money constructor only, so the browser and the server share it.
// Objects are strict: a field this version does not know is reported, never silently dropped.
// Fields added later go into `ENTRY_FIELDS` (every entry) or the kind's own object below, as
// `z.exactOptional(...)` so entries written before them still parse.

/** The entry format this schema reads. Bump it when a field changes meaning (adding one does not). */
export const ENTRY_SCHEMA_VERSION = 1;

const int = (what: string, min: number) =>
  z.number({ error: `${what} must be a number` }).check(
    z.int({ error: `${what} must be a whole number` }),
    z.minimum(min, { error: `${what} must be at least ${min}` }),
  );

const sha256 = (what: string) => z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: `${what} must be a SHA-256 hash in lower-case hex` }));

/** Integer minor units, zero or more, typed as the engine's Money. */
const moneyField = (what: string) => z.pipe(int(what, 0), z.transform((v: number): Money => money(v)));

const text = (what: string, max = 200) =>
  z.string({ error: `${what} must be text` }).check(
    z.minLength(1, { error: `${what} must not be empty` }),
    z.maxLength(max, { error: `${what} must be at most ${max} characters` }),
  );

const tender = z.strictObject({
  kind: z.enum(['cash', 'card'], { error: 'tender kind must be "cash" or "card"' }),
  amount: int('tender amount', 0),
});

const basketItem = z.strictObject({
  sku: text('sku'),
  quantity: z.exactOptional(int('quantity', 1)),
  grams: z.exactOptional(int('grams', 1)),
  reducedPrice: z.exactOptional(int('reduced price', 0)),
  price: z.exactOptional(int('label price', 0)),
});

const saleLine = z.strictObject({
  index: int('line index', 0),
  sku: text('sku'),
  name: z.string({ error: 'name must be text' }),
  unit: z.enum(['each', 'kg'], { error: 'unit must be "each" or "kg"' }),
  quantity: int('quantity', 1),
  grams: z.exactOptional(int('grams', 1)),
  unitPrice: moneyField('unit price'),
  pricePerKg: z.exactOptional(moneyField('price per kg')),
  price: moneyField('line price'),
  reducedPrice: z.exactOptional(moneyField('reduced price')),
  tax: z.exactOptional(text('VAT code')),
  paid: int('paid', 0),
});

/** VAT at one rate of an entry (the engine's `TaxLine`), in minor units. */
const taxLine = z.strictObject({
  code: text('VAT code'),
  percent: z.number({ error: 'VAT percent must be a number' }).check(z.minimum(0, { error: 'VAT percent must not be negative' }), z.maximum(100, { error: 'VAT percent must be at most 100' })),
  label: z.exactOptional(z.string({ error: 'VAT label must be text' })),
  gross: moneyField('VAT gross'),
  tax: moneyField('VAT'),
  net: moneyField('VAT net'),
});

const discountLine = z.strictObject({
  offerId: text('offer id'),
  kind: z.enum(['multi-buy', 'bundle', 'cheapest-free', 'percent-off', 'amount-off', 'spend-threshold', 'reduced-to-clear'], {
    error: 'unknown discount kind',
  }),
  label: z.string({ error: 'label must be text' }),
  saving: moneyField('saving'),
  lines: z.array(int('line', 0)),
  units: z.array(z.strictObject({ line: int('line', 0), share: moneyField('share') })),
});

/** Who made an entry or approved it: the operator id and their name then. */
const staffRef = (what: string) => z.exactOptional(z.strictObject({ id: text(`${what} id`, 20), name: text(`${what} name`, 100) }));

/** The operator and approver, optional (entries recorded before sign-in have neither). */
const STAFF_FIELDS = { operator: staffRef('operator'), approver: staffRef('approver') };

/** The fields every entry has, in one place: later optional fields (operator, hash chain, VAT) go here. */
export const ENTRY_FIELDS = {
  ...STAFF_FIELDS,
  id: text('id', 100),
  tillId: text('till id', 100),
  receiptNumber: int('receipt number', 1),
  at: z.iso.datetime({ error: 'at must be an ISO 8601 instant such as 2026-12-01T09:30:00.000Z' }),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'currency must be an ISO 4217 code such as "GBP"' })),
  storeName: z.string({ error: 'store name must be text' }).check(z.maxLength(200)),
  // The journal's hash chain (src/sales/README.md): lower-case SHA-256 hex.
  prevHash: z.exactOptional(sha256('prevHash')),
  hash: z.exactOptional(sha256('hash')),
};

/** A line's price set by hand, with why and who approved (the till's `PriceOverride` and the receipt line). */
const lineOverride = z.strictObject({
  line: int('line', 0),
  price: int('override price', 0),
  was: int('price before the override', 0),
  reason: z.enum(['damaged', 'price-match', 'wrong-label', 'other'], { error: 'an override reason is "damaged", "price-match", "wrong-label" or "other"' }),
  note: z.exactOptional(text('override reason', 60)),
  approver: staffRef('override approver'),
});

/** A line voided after a tender, with what it came to and who approved. */
const lineVoid = z.strictObject({
  sku: text('sku'),
  name: z.string({ error: 'name must be text' }),
  quantity: int('voided quantity', 1),
  grams: z.exactOptional(int('voided grams', 1)),
  amount: int('voided amount', 0),
  approver: staffRef('line void approver'),
  at: z.iso.datetime({ error: 'at must be an ISO 8601 instant' }),
});

/** The sale changed hands at the lock screen: from whom, to whom, when. */
const takeover = z.strictObject({
  from: z.strictObject({ id: text('takeover from id', 20), name: text('takeover from name', 100) }),
  to: z.strictObject({ id: text('takeover to id', 20), name: text('takeover to name', 100) }),
  at: z.iso.datetime({ error: 'at must be an ISO 8601 instant' }),
});

/** A completed sale as the journal records it. */
export const saleEntrySchema = z.strictObject({
  ...ENTRY_FIELDS,
  kind: z.literal('sale'),
  ageChecks: z.exactOptional(
    z.array(
      z.strictObject({
        sku: text('sku'),
        minimumAge: int('minimum age', 1),
        outcome: z.enum(['confirmed', 'refused'], { error: 'an age check is "confirmed" or "refused"' }),
        at: z.iso.datetime({ error: 'at must be an ISO 8601 instant' }),
      }),
    ),
  ),
  overrides: z.exactOptional(z.array(lineOverride)),
  // Lines voided after a tender (absent on sales recorded before they were kept, and when none was).
  lineVoids: z.exactOptional(z.array(lineVoid)),
  // Times the sale changed hands at the lock screen (absent when it never did, and on sales recorded before).
  takeovers: z.exactOptional(z.array(takeover)),
  book: z.strictObject({
    id: text('book id', 2000),
    version: z.exactOptional(z.union([z.string(), z.number()])),
    // The version head office published it as, when the till was enrolled (docs/hq.md).
    hqVersion: z.exactOptional(int('head office book version', 1)),
  }),
  items: z.array(basketItem),
  lines: z.array(saleLine),
  discounts: z.array(discountLine),
  tenders: z.array(tender),
  change: int('change', 0),
  subtotal: int('subtotal', 0),
  savings: int('savings', 0),
  total: int('total', 0),
  taxes: z.exactOptional(z.array(taxLine)),
  // Whether the total was proven the lowest (absent on sales recorded before the till said).
  proven: z.exactOptional(z.boolean({ error: 'proven must be true or false' })),
});

/** A refund of lines of a past sale. */
export const refundEntrySchema = z.strictObject({
  ...ENTRY_FIELDS,
  kind: z.literal('refund'),
  saleId: text('sale id', 100),
  saleReceiptNumber: int('sale receipt number', 1),
  lines: z.array(
    z.strictObject({ line: int('line', 0), sku: text('sku'), name: z.string(), quantity: int('quantity', 1), amount: int('amount', 0) }),
  ),
  tenders: z.array(tender),
  crossTender: z.exactOptional(z.strictObject({ from: z.literal('card'), to: z.literal('cash'), amount: int('cross-tender amount', 0) })),
  approval: z.exactOptional(z.enum(['refund', 'cash-refund-of-card'], { error: 'approval must be "refund" or "cash-refund-of-card"' })),
  total: int('total', 0),
  taxes: z.exactOptional(z.array(taxLine)),
});

/** The cash drawer opened with no sale: who did it and who approved it. */
export const noSaleEntrySchema = z.strictObject({ ...ENTRY_FIELDS, kind: z.literal('no-sale') });

/** A sale voided whole before it completed. */
export const voidEntrySchema = z.strictObject({
  ...ENTRY_FIELDS,
  kind: z.literal('void'),
  saleId: text('sale id', 100),
  items: int('items', 0),
  total: int('total', 0),
  tendered: int('tendered', 0),
  takeovers: z.exactOptional(z.array(takeover)),
});

/** Any journal entry, told apart by `kind`. */
export const journalEntrySchema = z.discriminatedUnion('kind', [saleEntrySchema, refundEntrySchema, noSaleEntrySchema, voidEntrySchema], {
  error: 'kind must be "sale", "refund", "no-sale" or "void"',
});

/** A parsed entry: the same shape as the journal's {@link JournalEntry}. */
export type ParsedJournalEntry = z.output<typeof journalEntrySchema>;

const signedInt = (what: string) => z.number({ error: `${what} must be a number` }).check(z.int({ error: `${what} must be a whole number` }));

/** A count a Z report may lack: closed before it was counted, it had none (read as 0). */
const laterCount = (what: string) => z._default(int(what, 0), 0);

/** A Z report's counts of voided sales, No sales, lines voided after a tender, refunds and takeovers (`till-event-totals.ts`). */
const EVENT_COUNTS = {
  voids: int('voids', 0),
  voidedTotal: int('voided total', 0),
  noSales: int('no sales', 0),
  lineVoids: int('line voids', 0),
  lineVoidedTotal: int('line voided total', 0),
  refunds: laterCount('refunds'),
  refundedTotal: laterCount('refunded total'),
  cashRefundsOfCard: laterCount('cash refunds of card'),
  cashRefundOfCardTotal: laterCount('cash refund of card total'),
  takeovers: laterCount('takeovers'),
};
const staffOrNone = (what: string) => z.nullable(z.strictObject({ id: text(`${what} id`, 20), name: text(`${what} name`, 100) }));
const operatorEvents = z.strictObject({
  operator: staffOrNone('operator'),
  ...EVENT_COUNTS,
  approvals: z.array(z.strictObject({ approver: staffOrNone('approver'), ...EVENT_COUNTS })),
});

/** A closed day (Z report) as the journal keeps it: the period's receipt numbers and figures. */
export const zReportSchema = z.strictObject({
  id: text('id', 100),
  tillId: text('till id', 100),
  zNumber: int('Z number', 1),
  closedAt: z.iso.datetime({ error: 'closedAt must be an ISO 8601 instant' }),
  fromReceipt: int('first receipt', 1),
  toReceipt: int('last receipt', 0),
  ...STAFF_FIELDS,
  totals: z.strictObject({
    currencies: z.array(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'a currency is an ISO 4217 code' }))),
    sales: int('sales', 0),
    refunds: int('refunds', 0),
    salesTotal: int('sales total', 0),
    refundsTotal: int('refunds total', 0),
    net: signedInt('net'),
    takings: z.strictObject({ cash: signedInt('cash takings'), card: signedInt('card takings') }),
    discounts: z.array(z.strictObject({ offerId: text('offer id'), label: z.string(), count: int('count', 0), saving: int('saving', 0) })),
    // Z reports closed before VAT was recorded have none.
    taxes: z.exactOptional(
      z.array(
        z.strictObject({
          code: text('VAT code'),
          percent: z.number({ error: 'VAT percent must be a number' }),
          label: z.exactOptional(z.string()),
          gross: signedInt('VAT gross'),
          tax: signedInt('VAT'),
          net: signedInt('VAT net'),
        }),
      ),
    ),
    // Z reports closed before opening floats were recorded had none: 0, as the journal reads them.
    openingFloat: z._default(int('opening float', 0), 0),
    expectedCash: signedInt('expected cash'),
    firstReceipt: z.nullable(int('first receipt', 1)),
    lastReceipt: z.nullable(int('last receipt', 1)),
    // Voided sales, No sales, line voids and refunds, per operator and approver (absent on Z reports closed before).
    events: z.exactOptional(z.strictObject({ ...EVENT_COUNTS, byOperator: z.array(operatorEvents) })),
    // Z reports closed before sign-in existed split nothing per operator.
    byOperator: z.exactOptional(
      z.array(
        z.strictObject({
          operator: z.nullable(z.strictObject({ id: text('operator id', 20), name: text('operator name', 100) })),
          sales: int('sales', 0),
          refunds: int('refunds', 0),
          net: signedInt('net'),
          takings: z.strictObject({ cash: signedInt('cash takings'), card: signedInt('card takings') }),
        }),
      ),
    ),
  }),
  chainHead: z.exactOptional(sha256('chainHead')),
});

/** A parsed Z report: the same shape as the journal's {@link ZReport}. */
export type ParsedZReport = z.output<typeof zReportSchema>;

/** A problem in an entry: where (a JSON path such as `$.entries[3].lines[0].paid`) and why. */
export interface EntryProblem {
  readonly path: string;
  readonly message: string;
}

/** Reads an unknown value as a journal entry, or says every problem, each path under `at`. */
export function parseJournalEntry(input: unknown, at: ReadonlyArray<PropertyKey> = []): { ok: true; entry: ParsedJournalEntry } | { ok: false; problems: EntryProblem[] } {
  const parsed = journalEntrySchema.safeParse(isOneTenderRefund(input) ? upgradeEntry(input) : input);
  if (parsed.success) return { ok: true, entry: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath([...at, ...i.path]), message: plainMessage(i) })) };
}

/** Reads an unknown value as a Z report, or says every problem, each path under `at`. */
export function parseZReport(input: unknown, at: ReadonlyArray<PropertyKey> = []): { ok: true; report: ParsedZReport } | { ok: false; problems: EntryProblem[] } {
  const parsed = zReportSchema.safeParse(input);
  if (parsed.success) return { ok: true, report: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath([...at, ...i.path]), message: plainMessage(i) })) };
}

/** A refund in the shape recorded before split tenders (one `tender`), read as the journal reads it. */
function isOneTenderRefund(input: unknown): input is RefundEntryWithOneTender {
  if (typeof input !== 'object' || input === null) return false;
  const o = input as Record<string, unknown>;
  return o.kind === 'refund' && !('tenders' in o) && typeof o.tender === 'object' && o.tender !== null;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message === 'Invalid input' ? `${issue.code.replace(/_/g, ' ')}: not what a journal entry holds here` : issue.message;
}

// The schema's output must be usable wherever the journal's type is: this line fails to compile if not.
const _fitsJournal = (e: ParsedJournalEntry): JournalEntry => e;
const _fitsZ = (r: ParsedZReport): ZReport => r;
void _fitsJournal;
void _fitsZ;
