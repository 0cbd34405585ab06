import { loadParkedSales, parkSaleInJournal, recallSaleFromJournal } from '../sales/journal-loader';
import { currentOperator } from '../staff/operator-store';
import type { ParkedSaleStorage } from '../till/parked/parked-storage';

/**
 * Parked sales live in the journal's database beside the sale in progress, so parking and recalling
 * are each one transaction. Each is saved with the operator signed in when it was parked.
 */
export const journalParkedStorage: ParkedSaleStorage = {
  list: loadParkedSales,
  park: (id, parked, current) => {
    const operator = currentOperator();
    return parkSaleInJournal(id, operator === null ? parked : { ...parked, operator: { id: operator.id, name: operator.name } }, current);
  },
  recall: recallSaleFromJournal,
};

/** A reader tab lists the parked sales but never moves one: the tab that is the till owns them. */
export const readOnlyParkedStorage: ParkedSaleStorage = {
  list: loadParkedSales,
  park: () => Promise.reject(new Error('this tab is not the till')),
  recall: () => Promise.reject(new Error('this tab is not the till')),
};
