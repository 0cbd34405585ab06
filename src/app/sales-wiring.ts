import type { LoadSales, RecordedSale } from '../backoffice/what-if/what-if';
import { tillJournal } from '../sales/journal-loader';

/**
 * The back office's what-if reads the sales journal's recorded sales. The back office asks for a
 * period with both ends included; the journal reads [from, to), so the end moves on by 1 ms.
 */
export const loadRecordedSales: LoadSales = async (from, to) => {
  const end = new Date(Date.parse(to) + 1).toISOString();
  const sales = await (await tillJournal()).recordedSalesBetween(from, end);
  return sales.map(
    (sale): RecordedSale => ({
      id: sale.id,
      receiptNumber: sale.receiptNumber,
      completedAt: sale.at,
      items: sale.items,
      bookId: sale.book.id,
      bookVersion: sale.book.version,
      total: sale.total,
      savings: sale.savings,
      discounts: sale.discounts,
    }),
  );
};
