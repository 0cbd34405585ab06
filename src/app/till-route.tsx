import type { BookChoice } from '../till/books/book-choice';
import { TillScreen } from '../till/till-screen';
import { recordEventInJournal } from '../sales/journal-loader';
import { AppNav } from './app-nav';
import { BookAccessGate } from './book-wiring';
import { tillDevices } from './device-wiring';
import { TillBookGate } from './hq-wiring';
import { SaleGate } from './sale-gate';
import { Approving, choicePath, SignedIn } from './staff-wiring';
import { TillWarmUp } from './till-warm-up';

export interface TillRouteProps {
  readonly choice: BookChoice;
  /** Why this tab only shows the till (another tab owns it), or undefined when it sells. */
  readonly readOnly: string | undefined;
  readonly journalProblem: string | undefined;
}

/**
 * The till at `/`: on head office's book when enrolled, else the chosen one; behind the sale gate
 * (one selling tab), a signed-in operator allowed that book, and the approvals its actions need.
 */
export function TillRoute({ choice, readOnly, journalProblem }: TillRouteProps) {
  return (
    <TillBookGate choice={choice}>
      {(book, url, key, label, recordSale) => (
        <SaleGate readOnly={readOnly !== undefined}>
          <TillWarmUp book={book} />
          <SignedIn bookPath={choicePath(choice)} nav={<AppNav current="/" />}>
            <BookAccessGate choice={choice} nav={<AppNav current="/" />}>
              <Approving>
                {(authorize) => (
                  <TillScreen
                    key={url}
                    book={book}
                    bookUrl={key}
                    recordSale={recordSale}
                    recordEvent={recordEventInJournal}
                    authorize={authorize}
                    devices={tillDevices}
                    readOnly={readOnly}
                    journalProblem={journalProblem}
                    nav={
                      <>
                        <AppNav current="/" />
                        {label}
                      </>
                    }
                  />
                )}
              </Approving>
            </BookAccessGate>
          </SignedIn>
        </SaleGate>
      )}
    </TillBookGate>
  );
}
