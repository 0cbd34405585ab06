import { Banner } from '../../ui/banner';

export interface TillBannersProps {
  readonly readOnly: string | undefined;
  readonly storageProblem: string | null;
  readonly journalProblem: string | undefined;
  /** A new price book waits for this sale to end (money was taken at the old prices). */
  readonly newBookWaiting: boolean;
  /** "Prices changed: £x → £y", until acknowledged. */
  readonly priceNotice: string | undefined;
  readonly onDismissPriceNotice: () => void;
}

/** The strips across the till for what must not be missed: read only, storage, journal, prices. */
export function TillBanners({ readOnly, storageProblem, journalProblem, newBookWaiting, priceNotice, onDismissPriceNotice }: TillBannersProps) {
  return (
    <>
      {readOnly !== undefined && (
        <Banner tone="notice" title="Read only: this till is open in another tab">
          {readOnly} Sales history and the X report can still be viewed here.
        </Banner>
      )}
      {storageProblem !== null && (
        <Banner tone="warning" title="Storage problem">
          {storageProblem}
        </Banner>
      )}
      {journalProblem !== undefined && (
        <Banner tone="warning" title="The sales journal is unavailable">
          {journalProblem} Payment is blocked until it is back.
        </Banner>
      )}
      {newBookWaiting && (
        <Banner tone="notice" title="New prices are waiting">
          This sale keeps the prices it was paid at; the new price book applies from the next sale.
        </Banner>
      )}
      {priceNotice !== undefined && (
        <Banner tone="notice" title={priceNotice} onDismiss={onDismissPriceNotice}>
          The price book changed: the basket is priced again with the new prices.
        </Banner>
      )}
    </>
  );
}

/** The last Complete sale did not record: the sale is still here. */
export function RecordWarning({ problem }: { readonly problem: string | null }) {
  if (problem === null) return null;
  return (
    <Banner tone="warning" title="The sale was not recorded">
      {problem} The sale is still here: try Complete sale again.
    </Banner>
  );
}
